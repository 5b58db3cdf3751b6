package org.attain.domain.risk;

/**
 * The lifecycle state of one competency of one organization (R6). Derived from each evaluation and
 * the state recorded before it ({@link CompetencyLifecycle}); only changes are recorded.
 */
public enum CompetencyState {
  /** No unit of any option met (nobody counted, no metric value): where every competency starts. */
  NOT_STARTED,
  /** Some progress (a person counted or a metric value reported) but no level met. */
  STARTED,
  /** A level is met while no paid membership is in force: attained, not shown on the profile. */
  QUALIFIED,
  /** A level is met under a paid membership in force: shown on the profile (R8). */
  ACTIVE,
  /**
   * Under a paid membership in force, one of: the competency was counted for the membership and the
   * level's requirement no longer holds (renewal at risk); it carries the level but counted
   * achievements lapse before the term ends such that renewal would be at risk; or it was shown
   * during the term and lost its level since (R6: still shown until the term ends).
   */
  AT_RISK,
  /** Held a level once, holds none now, and no paid term shows it any more. */
  EXPIRED,
  /**
   * The level attained rests on a programme agent's override until a day (R7): the earliest last
   * day of the overrides it rests on ({@link
   * org.attain.domain.evaluation.Attainment#levelRestsOn()}).
   */
  OVERRIDDEN
}
