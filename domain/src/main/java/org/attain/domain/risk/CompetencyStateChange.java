package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * One entry of the competency history (R6): from {@code on}, the competency is in {@code state} at
 * {@code level} because of {@code cause}.
 *
 * @param level the level attained on the day (NONE when lost, even while still shown)
 * @param until the last day of an override, only for {@link CompetencyState#OVERRIDDEN}
 */
public record CompetencyStateChange(
    OrganizationId organization,
    CompetencyId competency,
    CompetencyState state,
    AttainedLevel level,
    LocalDate until,
    LocalDate on,
    RecordedCause cause) {

  public CompetencyStateChange {
    Guard.present(organization, "organizationId");
    Guard.present(competency, "competency");
    Guard.present(state, "state");
    Guard.present(level, "level");
    Guard.check(
        (state == CompetencyState.OVERRIDDEN) == (until != null),
        "until",
        "until is given for an override, and only for one");
    Guard.present(on, "on");
    Guard.present(cause, "cause");
  }

  public Optional<LocalDate> overriddenUntil() {
    return Optional.ofNullable(until);
  }

  /**
   * Whether this entry says the same as one in {@code state} at {@code level} until {@code until}.
   */
  boolean same(CompetencyState otherState, AttainedLevel otherLevel, LocalDate otherUntil) {
    return state == otherState && level == otherLevel && Objects.equals(until, otherUntil);
  }
}
