package org.attain.application.port.out;

import java.util.List;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetency;

/**
 * The store of each paid term's record of attained competencies (R6, R8), and beside it what the
 * organization's public profile shows, kept searchable by competency and level.
 */
public interface TermRecords {

  /**
   * Stores {@code record}, raising the levels stored for its term and never lowering one (a record
   * only grows, so two concurrent writers lose nothing), and makes {@code shown} what the
   * organization's profile shows until the term's renewal window ends, replacing what it showed.
   */
  void save(TermAttainments record, List<ShownCompetency> shown);

  /** The record of the organization's {@code term}; an empty one when nothing was stored. */
  TermAttainments find(OrganizationId organization, MembershipTerm term);
}
