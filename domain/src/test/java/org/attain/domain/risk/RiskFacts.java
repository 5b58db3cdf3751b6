package org.attain.domain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.organization.Market;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.person.PersonId;

/** An organization's persons and a one-competency catalog, evaluated by the real engine. */
final class RiskFacts {

  static final CompetencyId CLOUD = new CompetencyId("cloud-platform");

  private final List<AssociatedPerson> persons = new ArrayList<>();
  private final List<AgentOverride> overrides = new ArrayList<>();

  static PersonId person(int n) {
    return new PersonId(new UUID(0, n));
  }

  /** Person {@code n} holding 70-533 earned long ago, counting through {@code lastDay} if given. */
  RiskFacts holder(int n, LocalDate expiresOn, LocalDate creditEndsOn) {
    persons.add(
        new AssociatedPerson(
            person(n),
            List.of(
                Achievement.earned(
                    person(n),
                    AchievementKind.EXAM,
                    new AchievementCode("70-533"),
                    LocalDate.of(2020, 1, 1),
                    expiresOn,
                    creditEndsOn))));
    return this;
  }

  /** An agent's override granted to the organization, counted by the engine on its days. */
  RiskFacts override(AgentOverride override) {
    overrides.add(override);
    return this;
  }

  RiskFacts holder(int n) {
    return holder(n, null, null);
  }

  List<Achievement> achievements() {
    return persons.stream().flatMap(p -> p.achievements().stream()).toList();
  }

  /** Silver: 1 person with 70-533; Gold: 2 such persons. */
  static Catalog catalog(RetiredCredential... retired) {
    return new Catalog(
        1,
        LocalDate.of(2019, 1, 1),
        List.of(retired),
        List.of(
            new Competency(
                CLOUD,
                "Cloud Platform",
                AttainmentPath.CLOUD_PLATFORM,
                requirement("Silver option", 1),
                requirement("Gold option", 2))));
  }

  private static LevelRequirement requirement(String name, int persons) {
    return new LevelRequirement(
        new RequirementOption(
            name, new CertifiedIndividuals(persons, Qualification.anyOf("70-532", "70-533"))));
  }

  Evaluation evaluate(Catalog catalog, LocalDate day) {
    return new AttainmentEvaluator()
        .evaluate(
            new OrganizationFacts(
                Evaluations.CONTOSO, Market.DEVELOPED, persons, List.of(), overrides),
            catalog,
            day);
  }

  EvaluationOn engine(Catalog catalog) {
    return day -> evaluate(catalog, day);
  }
}
