package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.override.OverrideGrant;

/**
 * The level an organization holds in one competency, with the progress on each level the catalog
 * defines for it (no Silver entry for a Gold-only competency), and the agents' overrides that hold
 * in it on the day (R7): their credentials and met steps are inside the progress already, and a
 * level granted outright raises the level.
 */
public record Attainment(
    CompetencyId competency, List<LevelProgress> levels, List<AppliedOverride> overrides) {

  /** An attainment that rests on the evidence alone. */
  public Attainment(CompetencyId competency, List<LevelProgress> levels) {
    this(competency, levels, List.of());
  }

  public Attainment {
    levels = List.copyOf(levels);
    overrides = List.copyOf(overrides);
  }

  /** R1, R7: the higher of the level the progress gives and a level an override grants. */
  public AttainedLevel level() {
    AttainedLevel evidence = levelByProgress();
    AttainedLevel granted = grantedLevel();
    return granted.includes(evidence) ? granted : evidence;
  }

  /**
   * R1: Gold when a Gold option is met (which implies Silver), else Silver when one of it is. The
   * progress includes the credentials and steps overrides count.
   */
  public AttainedLevel levelByProgress() {
    if (progress(Level.GOLD).filter(LevelProgress::met).isPresent()) {
      return AttainedLevel.GOLD;
    }
    return progress(Level.SILVER).filter(LevelProgress::met).isPresent()
        ? AttainedLevel.SILVER
        : AttainedLevel.NONE;
  }

  /** The highest level an override grants outright on the day; NONE without one. */
  public AttainedLevel grantedLevel() {
    AttainedLevel granted = AttainedLevel.NONE;
    for (AppliedOverride applied : overrides) {
      if (applied.grant() instanceof OverrideGrant.LevelGranted(Level level)) {
        AttainedLevel grantedHere = level == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER;
        granted = grantedHere.includes(granted) ? grantedHere : granted;
      }
    }
    return granted;
  }

  public Optional<LevelProgress> progress(Level level) {
    for (LevelProgress progress : levels) {
      if (progress.level() == level) {
        return Optional.of(progress);
      }
    }
    return Optional.empty();
  }

  /**
   * R7: the overrides the attained level rests on, by this rule: with no level attained, none;
   * otherwise every override counting a credential or a met performance step (the engine folds them
   * into the progress, so the level is taken to rest on them), and every level granted outright
   * above the level the progress gives.
   */
  public List<AppliedOverride> levelRestsOn() {
    if (level() == AttainedLevel.NONE) {
      return List.of();
    }
    AttainedLevel byProgress = levelByProgress();
    return overrides.stream()
        .filter(
            applied ->
                !(applied.grant() instanceof OverrideGrant.LevelGranted(Level granted))
                    || !byProgress.includes(attained(granted)))
        .toList();
  }

  /** R7: the earliest last day of the overrides the level rests on; empty when it rests on none. */
  public Optional<LocalDate> overriddenUntil() {
    return levelRestsOn().stream().map(AppliedOverride::lastDay).min(LocalDate::compareTo);
  }

  private static AttainedLevel attained(Level level) {
    return level == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER;
  }
}
