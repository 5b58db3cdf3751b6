package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.List;
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

  /**
   * The organizations with a paid level on {@code day} (a purchase whose term, renewal window
   * included, holds that day), each once: those a catalog change re-evaluates.
   */
  List<OrganizationId> paidOn(LocalDate day);
}
