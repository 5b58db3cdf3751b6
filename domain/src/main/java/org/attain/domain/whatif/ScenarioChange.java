package org.attain.domain.whatif;

import java.time.LocalDate;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/** Issue 13: one hypothetical change to a situation; nothing is stored. */
public sealed interface ScenarioChange {

  /** The person stops counting for the organization, their achievements with them (R3). */
  record PersonLeaves(PersonId person) implements ScenarioChange {
    public PersonLeaves {
      Guard.present(person, "person");
    }
  }

  /** A person starts counting, with their achievements. */
  record PersonJoins(AssociatedPerson person) implements ScenarioChange {
    public PersonJoins {
      Guard.present(person, "person");
    }
  }

  /** One of the organization's persons earns an achievement (its holder). */
  record AchievementEarned(Achievement achievement) implements ScenarioChange {
    public AchievementEarned {
      Guard.present(achievement, "achievement");
    }
  }

  /** An achievement is valid through {@code lastDay} only (earlier than it was, or at all). */
  record AchievementExpires(AchievementId achievement, LocalDate lastDay)
      implements ScenarioChange {
    public AchievementExpires {
      Guard.present(achievement, "achievement");
      Guard.present(lastDay, "lastDay");
    }
  }

  /** The catalog retires an exam, which keeps earning credit through {@code creditEndsOn}. */
  record ExamRetired(AchievementCode code, LocalDate creditEndsOn) implements ScenarioChange {
    public ExamRetired {
      Guard.present(code, "code");
      Guard.present(creditEndsOn, "creditEndsOn");
    }
  }

  /** A metric value is reported; like a real report, it supersedes by ReportedMetrics' rule. */
  record MetricReported(MetricReport report) implements ScenarioChange {
    public MetricReported {
      Guard.present(report, "report");
    }
  }

  /** Another catalog version is used, a draft not yet published for instance. */
  record CatalogUsed(Catalog catalog) implements ScenarioChange {
    public CatalogUsed {
      Guard.present(catalog, "catalog");
    }
  }

  /** An agent's override holds through {@code lastDay} at most (R7). */
  record OverrideEnds(OverrideId override, LocalDate lastDay) implements ScenarioChange {
    public OverrideEnds {
      Guard.present(override, "override");
      Guard.present(lastDay, "lastDay");
    }
  }
}
