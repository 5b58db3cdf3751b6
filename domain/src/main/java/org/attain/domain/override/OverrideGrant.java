package org.attain.domain.override;

import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** R7: what an override grants in its competency while it holds. */
public sealed interface OverrideGrant {

  /** What the grant does, in words an organization's admin understands. */
  String describe();

  /**
   * The person counts as holding the exam or certification {@code code} in the competency, as if
   * the systems recognised it; only while the person counts for the organization (R3).
   */
  record HoldsCredential(PersonId person, AchievementCode code) implements OverrideGrant {
    public HoldsCredential {
      Guard.present(person, "person");
      Guard.present(code, "code");
    }

    @Override
    public String describe() {
      return "person " + person + " counts as holding " + code.value();
    }
  }

  /** Every performance step on {@code metric} in the competency counts as met. */
  record PerformanceMet(Metric metric) implements OverrideGrant {
    public PerformanceMet {
      Guard.present(metric, "metric");
    }

    @Override
    public String describe() {
      return "the " + metric + " requirement counts as met";
    }
  }

  /** The organization holds {@code level} in the competency, whatever the evidence. */
  record LevelGranted(Level level) implements OverrideGrant {
    public LevelGranted {
      Guard.present(level, "level");
    }

    @Override
    public String describe() {
      return level + " is granted";
    }
  }
}
