package org.attain.domain.change;

import java.time.LocalDate;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Why an organization is evaluated again: a change that may raise or lower what it attains (R6).
 * The competency history and the renewal-risk alerts name it; {@link #describe()} is the words an
 * organization's admins read.
 */
public sealed interface ChangeCause {

  /** What happened, in a sentence an organization's admin understands. */
  String describe();

  /** A person's achievements started counting for the organization. */
  record PersonJoined(PersonId person, String personName) implements ChangeCause {
    public PersonJoined {
      Guard.present(person, "person");
      Guard.present(personName, "personName");
    }

    @Override
    public String describe() {
      return personName + " joined the organization";
    }
  }

  /** A person's achievements stopped counting for the organization. */
  record PersonLeft(PersonId person, String personName, AssociationEnd how) implements ChangeCause {
    public PersonLeft {
      Guard.present(person, "person");
      Guard.present(personName, "personName");
      Guard.present(how, "how");
    }

    @Override
    public String describe() {
      return switch (how) {
        case LEFT -> personName + " left the organization";
        case MOVED -> personName + " moved to another organization";
        case REMOVED_BY_ADMIN -> personName + " was removed by an admin of the organization";
      };
    }
  }

  /** An exam, certification or assessment of a counted person was recorded. */
  record AchievementRecorded(PersonId person, String personName, AchievementCode code)
      implements ChangeCause {
    public AchievementRecorded {
      Guard.present(person, "person");
      Guard.present(personName, "personName");
      Guard.present(code, "code");
    }

    @Override
    public String describe() {
      return personName + " achieved " + code.value();
    }
  }

  /** The organization reported a performance metric. */
  record MetricReported(Metric metric) implements ChangeCause {
    public MetricReported {
      Guard.present(metric, "metric");
    }

    @Override
    public String describe() {
      return "a new value of " + metric + " was reported";
    }
  }

  /** A catalog version comes into force. */
  record CatalogChanged(int version, LocalDate effectiveFrom) implements ChangeCause {
    public CatalogChanged {
      Guard.present(effectiveFrom, "effectiveFrom");
    }

    @Override
    public String describe() {
      return "catalog version " + version + " is in force from " + effectiveFrom;
    }
  }

  /** The organization bought, upgraded or renewed its membership. */
  record MembershipPurchased(MembershipLevel level) implements ChangeCause {
    public MembershipPurchased {
      Guard.present(level, "level");
    }

    @Override
    public String describe() {
      return "a " + level + " membership was bought";
    }
  }

  /**
   * Time passed: the daily scan found what lapses by date alone (an achievement's expiry, an exam's
   * end of credit, an override's end).
   */
  record TimePassed(LocalDate day) implements ChangeCause {
    public TimePassed {
      Guard.present(day, "day");
    }

    @Override
    public String describe() {
      return "an achievement or override lapsed on " + day;
    }
  }

  /** A programme agent granted an override (R7); it counts from {@code startsOn}. */
  record OverrideGranted(
      OverrideId override, CompetencyId competency, OverrideGrant grant, LocalDate startsOn)
      implements ChangeCause {
    public OverrideGranted {
      Guard.present(override, "override");
      Guard.present(competency, "competency");
      Guard.present(grant, "grant");
      Guard.present(startsOn, "startsOn");
    }

    @Override
    public String describe() {
      return "a programme agent granted an override in %s (%s) from %s"
          .formatted(competency, grant.describe(), startsOn);
    }
  }

  /**
   * A programme agent revoked an override early (R7); it no longer counts from {@code revokedOn}.
   */
  record OverrideRevoked(
      OverrideId override, CompetencyId competency, OverrideGrant grant, LocalDate revokedOn)
      implements ChangeCause {
    public OverrideRevoked {
      Guard.present(override, "override");
      Guard.present(competency, "competency");
      Guard.present(grant, "grant");
      Guard.present(revokedOn, "revokedOn");
    }

    @Override
    public String describe() {
      return "a programme agent revoked the override in %s (%s); it no longer counts from %s"
          .formatted(competency, grant.describe(), revokedOn);
    }
  }

  /**
   * An override reached its end (R7): {@code lastDay} was the last day it counted, and the status
   * reverts to what the evidence gives from the day after.
   */
  record OverrideEnded(
      OverrideId override, CompetencyId competency, OverrideGrant grant, LocalDate lastDay)
      implements ChangeCause {
    public OverrideEnded {
      Guard.present(override, "override");
      Guard.present(competency, "competency");
      Guard.present(grant, "grant");
      Guard.present(lastDay, "lastDay");
    }

    @Override
    public String describe() {
      return "the override in %s (%s) ended: %s was its last day"
          .formatted(competency, grant.describe(), lastDay);
    }
  }

  /** Issue 13: the organization's admins turned a proactive warning on or off. */
  record WarningsChanged(boolean keyPersonWarning) implements ChangeCause {
    @Override
    public String describe() {
      return "the key-person warning was turned " + (keyPersonWarning ? "on" : "off");
    }
  }
}
