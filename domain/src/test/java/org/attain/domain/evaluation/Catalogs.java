package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.catalog.Step;

/** Small catalogs of one competency for rule tests. */
final class Catalogs {

  static final CompetencyId TESTED = new CompetencyId("tested");

  private Catalogs() {}

  /** A competency whose Silver and Gold have one option each. */
  static Catalog silverAndGold(List<Step> silver, List<Step> gold, RetiredCredential... retired) {
    return catalog(
        new LevelRequirement(new RequirementOption("Silver option", silver)),
        new LevelRequirement(new RequirementOption("Gold option", gold)),
        retired);
  }

  /** A competency whose Silver has one option of {@code steps}; Gold is out of reach. */
  static Catalog silver(Step... steps) {
    return catalog(
        new LevelRequirement(new RequirementOption("Silver option", steps)),
        new LevelRequirement(
            new RequirementOption(
                "Gold option", new CertifiedIndividuals(1, Qualification.anyOf("NOBODY-HAS-IT")))),
        new RetiredCredential[0]);
  }

  static Catalog catalog(
      LevelRequirement silver, LevelRequirement gold, RetiredCredential... retired) {
    return new Catalog(
        1,
        LocalDate.of(2017, 1, 1),
        List.of(retired),
        List.of(new Competency(TESTED, "Tested", AttainmentPath.CLOUD_PLATFORM, silver, gold)));
  }
}
