package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetency;

/**
 * The store of each paid term's record of attained competencies (R6, R8), and beside it what the
 * organization's public profile shows, kept searchable by competency and level: the projection the
 * public profiles and their search read.
 */
public interface TermRecords {

  /**
   * Stores {@code record}, raising the levels stored for its term and never lowering one (a record
   * only grows, so two concurrent writers lose nothing), and makes {@code shown} what the
   * organization's profile shows until the term's renewal window ends, replacing what it showed.
   */
  void save(TermAttainments record, List<ShownCompetency> shown);

  /** The record of the organization's {@code term}; an empty one when nothing was stored. */
  default TermAttainments find(OrganizationId organization, MembershipTerm term) {
    return kept(Map.of(organization, term)).get(organization).record();
  }

  /**
   * What is kept for each organization of {@code terms} and its term, in a fixed number of reads
   * whatever their number: the term's record (an empty one when nothing was stored) and what the
   * profile shows until the term's renewal window ends.
   */
  Map<OrganizationId, Kept> kept(Map<OrganizationId, MembershipTerm> terms);

  /**
   * What the profiles of {@code organizations} show on {@code day} (Gold first, then by id), for
   * those that show anything, in one read: the rows kept by the latest re-evaluation under a paid
   * term whose renewal window holds that day.
   */
  Map<OrganizationId, List<ShownCompetency>> shownOn(
      Collection<OrganizationId> organizations, LocalDate day);

  /** A term's record and what the profile shows on its strength, as stored. */
  record Kept(TermAttainments record, List<ShownCompetency> shown) {
    public Kept {
      shown = List.copyOf(shown);
    }
  }
}
