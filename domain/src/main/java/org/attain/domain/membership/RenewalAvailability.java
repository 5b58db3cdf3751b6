package org.attain.domain.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.shared.Guard;

/**
 * R5: whether the membership can be renewed at its level on a day, and if not, why.
 *
 * @param refusal why not, {@code null} when renewal is possible
 * @param opensOn the first day renewal is accepted, {@code null} without a membership in force
 * @param closesOn the last day renewal is accepted, {@code null} without a membership in force
 * @param closest when the requirement is not met, the competencies nearest to it
 */
public record RenewalAvailability(
    RefusalReason refusal, LocalDate opensOn, LocalDate closesOn, List<CompetencyGap> closest) {

  public RenewalAvailability {
    Guard.check((opensOn == null) == (closesOn == null), "closesOn", "a window has both ends");
    closest = List.copyOf(closest);
  }

  static RenewalAvailability without(RefusalReason refusal) {
    return new RenewalAvailability(refusal, null, null, List.of());
  }

  public boolean possible() {
    return refusal == null;
  }

  public Optional<RefusalReason> whyNot() {
    return Optional.ofNullable(refusal);
  }
}
