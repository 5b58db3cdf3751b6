package org.attain.domain.benefit;

import java.util.List;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.FeeSchedule;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.shared.Money;

/** A benefits catalog like the programme's, for rule tests; the action pack comes first. */
final class Benefits {

  static final BenefitId ACTION_PACK = new BenefitId("action-pack");
  static final BenefitId COMMUNITY = new BenefitId("partner-community");
  static final BenefitId ADVISORY = new BenefitId("advisory-hours");
  static final BenefitId AZURE_CREDITS = new BenefitId("azure-credits");
  static final BenefitId GOLD_BADGE = new BenefitId("gold-competency-badge");

  private Benefits() {}

  static BenefitCatalog catalog() {
    return new BenefitCatalog(
        List.of(
            new BenefitOffer(
                ACTION_PACK,
                "Action pack",
                "Software, cloud services and support for the organization's own use.",
                MembershipLevel.SILVER,
                null,
                "about USD 20,000 of internal-use rights",
                FeeSchedule.PROGRAMME_DEFAULT.actionPack()),
            new BenefitOffer(
                COMMUNITY,
                "Partner community",
                "Forums and events of the partner community.",
                MembershipLevel.NETWORK,
                null,
                "access to the community",
                null),
            new BenefitOffer(
                ADVISORY,
                "Advisory hours",
                "Technical advisory sessions with programme architects.",
                MembershipLevel.GOLD,
                null,
                "20 hours a year",
                null),
            new BenefitOffer(
                AZURE_CREDITS,
                "Azure credits",
                "Cloud credits for demonstrations and proofs of concept.",
                MembershipLevel.SILVER,
                new RequiredCompetency(new CompetencyId("cloud-platform"), Level.GOLD),
                "USD 6,000 of Azure credits a year",
                null),
            new BenefitOffer(
                GOLD_BADGE,
                "Gold competency badge",
                "A badge for the organization's website.",
                MembershipLevel.NETWORK,
                RequiredCompetency.anyAt(Level.GOLD),
                "a badge",
                Money.usd("10"))));
  }
}
