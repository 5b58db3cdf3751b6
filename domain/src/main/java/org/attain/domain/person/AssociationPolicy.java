package org.attain.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;

/**
 * R3's programme policy on how often a person may associate with an organization: at most {@code
 * maxAssociations} in any {@code window}, and at least {@code minimumGap} between two of them.
 * Leaving is never limited: a person can always stop counting for an organization.
 */
public record AssociationPolicy(int maxAssociations, Period window, Period minimumGap) {

  public static final AssociationPolicy PROGRAMME_DEFAULT =
      new AssociationPolicy(3, Period.ofMonths(12), Period.ofDays(30));

  public AssociationPolicy {
    Guard.check(maxAssociations >= 1, "maxAssociations", "maxAssociations must be at least 1");
    Guard.present(window, "window");
    Guard.present(minimumGap, "minimumGap");
    Guard.check(!window.isNegative(), "window", "window must not be negative");
    Guard.check(!minimumGap.isNegative(), "minimumGap", "minimumGap must not be negative");
  }

  /** Refuses a new association on {@code day} when the history already used up what is allowed. */
  void checkNewAssociation(List<Association> history, LocalDate day) {
    LocalDate windowStart = day.minus(window);
    long inWindow = history.stream().filter(a -> a.since().isAfter(windowStart)).count();
    if (inWindow >= maxAssociations) {
      throw new RuleViolationException(
          "association-limit-reached",
          "a person may associate at most %d times in %s; the next association is possible on %s"
              .formatted(maxAssociations, window, nextAllowedByCount(history)));
    }
    history.stream()
        .map(Association::since)
        .max(LocalDate::compareTo)
        .map(last -> last.plus(minimumGap))
        .filter(day::isBefore)
        .ifPresent(
            earliest -> {
              throw new RuleViolationException(
                  "association-too-soon",
                  "associations must be %s apart; the next association is possible on %s"
                      .formatted(minimumGap, earliest));
            });
  }

  private LocalDate nextAllowedByCount(List<Association> history) {
    List<LocalDate> starts = history.stream().map(Association::since).sorted().toList();
    return starts.get(starts.size() - maxAssociations).plus(window);
  }
}
