package org.attain.domain.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;
import org.attain.domain.shared.ProgrammeDates;

/**
 * One version of the programme's competency catalog, used for evaluations from its effective day.
 */
public record Catalog(
    int version,
    LocalDate effectiveFrom,
    List<RetiredCredential> retiredCredentials,
    List<Competency> competencies) {

  public static final int MAX_COMPETENCIES = 200;
  public static final int MAX_RETIRED_CREDENTIALS = 1000;

  public Catalog {
    Guard.check(version >= 1, "version", "version must be at least 1");
    ProgrammeDates.check(Guard.present(effectiveFrom, "effectiveFrom"), "effectiveFrom");
    retiredCredentials =
        ListGuard.of(retiredCredentials, "retiredCredentials", 0, MAX_RETIRED_CREDENTIALS);
    ListGuard.distinct(retiredCredentials, RetiredCredential::code, "retiredCredentials", "code");
    competencies = ListGuard.of(competencies, "competencies", 1, MAX_COMPETENCIES);
    ListGuard.distinct(competencies, Competency::id, "competencies", "id");
    ListGuard.distinct(competencies, Competency::name, "competencies", "name");
  }

  public Optional<Competency> competency(CompetencyId id) {
    return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Whether the catalog still credits {@code code} on {@code day} (it may have been retired). */
  public boolean credits(AchievementCode code, LocalDate day) {
    return retiredCredentials.stream()
        .filter(r -> r.code().equals(code))
        .allMatch(r -> r.creditsOn(day));
  }
}
