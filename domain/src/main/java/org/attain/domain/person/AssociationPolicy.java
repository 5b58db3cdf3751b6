package org.attain.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
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
    // An association counts against the limit until window after it started (exclusive), the
    // same arithmetic as the day named in the refusal, so that day is exactly the first allowed.
    long inWindow = history.stream().filter(a -> a.since().plus(window).isAfter(day)).count();
    if (inWindow >= maxAssociations) {
      LocalDate byCount = nextAllowedByCount(history);
      LocalDate next = nextAllowedByGap(history).filter(byCount::isBefore).orElse(byCount);
      throw new RuleViolationException(
          "association-limit-reached",
          "a person may associate at most %d times in %s; the next association is possible on %s"
              .formatted(maxAssociations, window, next));
    }
    nextAllowedByGap(history)
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

  private Optional<LocalDate> nextAllowedByGap(List<Association> history) {
    return history.stream()
        .map(Association::since)
        .max(LocalDate::compareTo)
        .map(last -> last.plus(minimumGap));
  }
}
