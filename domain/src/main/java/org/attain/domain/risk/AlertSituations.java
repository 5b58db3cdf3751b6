package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * R6: one alert per situation. An organization has at most one ongoing alert of each kind: while
 * the situation lasts, later changes that find it again raise nothing (acknowledged or not), and
 * the first evaluation that no longer finds it ends it. Only after that can a new one of the kind
 * be raised. A warning that names persons (a membership resting on one person) is of another
 * situation when it names others: the ongoing one ends and the new one is raised.
 */
public final class AlertSituations {

  private AlertSituations() {}

  /** What to store: the alert to raise, if any, and the ongoing ones to end. */
  public record Decision(Optional<Alert> raise, List<Alert> end) {
    public Decision {
      Guard.present(raise, "raise");
      end = List.copyOf(end);
    }
  }

  /**
   * @param ongoing the organization's ongoing alerts (any kind)
   * @param found the alert the day's evaluation would raise for {@code kind}, if it finds one
   */
  public static Decision decide(
      OrganizationId organization,
      AlertKind kind,
      List<Alert> ongoing,
      Optional<Alert> found,
      LocalDate day) {
    Guard.present(found, "found");
    List<Alert> ofKind =
        ongoing.stream()
            .filter(a -> a.organization().equals(organization) && a.kind() == kind && a.ongoing())
            .toList();
    if (found.isPresent()) {
      Guard.check(found.get().kind() == kind, "found", "found must be of kind " + kind);
      if (ofKind.stream().allMatch(a -> a.sameSituationAs(found.get()))) {
        return new Decision(ofKind.isEmpty() ? found : Optional.empty(), List.of());
      }
      return new Decision(found, ofKind.stream().map(a -> a.ended(day)).toList());
    }
    return new Decision(Optional.empty(), ofKind.stream().map(a -> a.ended(day)).toList());
  }
}
