package org.attain.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Track;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/**
 * A reproducible organization of a given size whose persons hold whole tracks of the catalog and
 * stray exams, some expired or not yet earned on the evaluated day, with a report of every metric.
 */
final class SyntheticOrganization {

  static final LocalDate DAY = LocalDate.of(2018, 6, 1);

  private final Random random;
  private final List<Track> tracks;

  private SyntheticOrganization(Catalog catalog, long seed) {
    this.random = new Random(seed);
    this.tracks = List.copyOf(tracksOf(catalog));
  }

  static OrganizationFacts of(int persons, Catalog catalog, long seed) {
    return new SyntheticOrganization(catalog, seed).facts(persons);
  }

  private OrganizationFacts facts(int size) {
    List<AssociatedPerson> persons = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      PersonId person = new PersonId(uuid());
      List<Achievement> achievements = new ArrayList<>();
      for (int t = 1 + random.nextInt(3); t > 0; t--) {
        for (AchievementCode code : tracks.get(random.nextInt(tracks.size())).codes()) {
          achievements.add(achievement(person, code));
        }
      }
      persons.add(new AssociatedPerson(person, achievements));
    }
    List<MetricReport> metrics = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      BigDecimal value = BigDecimal.valueOf(random.nextInt(200_000));
      metrics.add(new MetricReport(metric, value, DAY.minusYears(1), DAY.minusDays(1)));
    }
    return new OrganizationFacts(new OrganizationId(uuid()), Market.DEVELOPED, persons, metrics);
  }

  /** Mostly valid on the day; one in ten expired before it, one in twenty earned after it. */
  private Achievement achievement(PersonId person, AchievementCode code) {
    int fate = random.nextInt(20);
    LocalDate earned = fate == 0 ? DAY.plusDays(30) : DAY.minusDays(30 + random.nextInt(900));
    LocalDate expires = fate <= 2 ? null : fate <= 4 ? DAY.minusDays(1) : DAY.plusYears(2);
    return new Achievement(
        new AchievementId(uuid()),
        person,
        AchievementKind.EXAM,
        code,
        earned,
        expires == null || expires.isBefore(earned) ? null : expires,
        null);
  }

  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private static Set<Track> tracksOf(Catalog catalog) {
    Set<Track> tracks = new LinkedHashSet<>();
    for (Competency competency : catalog.competencies()) {
      for (Level level : Level.values()) {
        competency
            .requirementFor(level)
            .ifPresent(r -> r.options().forEach(o -> o.steps().forEach(s -> collect(s, tracks))));
      }
    }
    return tracks;
  }

  private static void collect(Step step, Set<Track> tracks) {
    if (step instanceof CertifiedIndividuals persons) {
      tracks.addAll(persons.qualification().tracks());
      if (persons.ofWhom() != null) {
        tracks.addAll(persons.ofWhom().qualification().tracks());
      }
    }
  }
}
