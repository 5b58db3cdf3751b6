package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.OrganizationId;

/**
 * The store of memberships with their purchase history. An organization that never bought a level
 * has nothing stored: it is a network member.
 */
public interface Memberships {

  /**
   * Stores a new membership or new purchases of a stored one and returns it as now stored, its
   * version one more than the one it was read with (0 for a new one).
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer, or a
   *     membership is stored already for a new one
   */
  Membership save(Membership membership);

  /** The organization's membership with every purchase, oldest first; empty if it never bought. */
  Optional<Membership> findByOrganization(OrganizationId organization);

  /** The memberships of those of {@code organizations} that ever bought one, in one read. */
  Map<OrganizationId, Membership> findByOrganizations(Collection<OrganizationId> organizations);

  /**
   * The organizations with a paid level on {@code day} (a purchase whose term, renewal window
   * included, holds that day), each once, in the store's order of their ids: at most {@code limit}
   * of them, from the first after {@code after} (from the first of all when empty). Those the daily
   * scan and a catalog change re-evaluate, a page at a time.
   */
  List<OrganizationId> paidOn(LocalDate day, Optional<OrganizationId> after, int limit);

  /**
   * The organizations with a paid level on {@code day} whose ids are from {@code first} to {@code
   * last} (both included) in the store's order: one page of {@link #paidOn(LocalDate, Optional,
   * int)} read again.
   */
  List<OrganizationId> paidBetween(LocalDate day, OrganizationId first, OrganizationId last);
}
