package org.attain.domain.membership;

import org.attain.domain.shared.Guard;

/** The programme's configurable membership rules: how terms run (R5) and what they cost. */
public record MembershipPolicy(TermPolicy terms, FeeSchedule fees) {

  public static final MembershipPolicy PROGRAMME_DEFAULT =
      new MembershipPolicy(TermPolicy.ANNIVERSARY, FeeSchedule.PROGRAMME_DEFAULT);

  public MembershipPolicy {
    Guard.present(terms, "terms");
    Guard.present(fees, "fees");
  }
}
