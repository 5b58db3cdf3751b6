package org.attain.application.contract;

import java.util.List;
import org.attain.domain.benefit.BenefitCatalog;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.benefit.RequiredCompetency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.shared.Money;

/**
 * The programme's benefits catalog exactly as migration V7 stores it, so that the in-memory store
 * serves the same offers and the database's store is checked field by field against it.
 */
public final class ProgrammeBenefits {

  public static final BenefitId ACTION_PACK = new BenefitId("action-pack");
  public static final BenefitId MARKETING_PROFILE = new BenefitId("marketing-profile");
  public static final BenefitId SILVER_COMPETENCIES_SHOWN =
      new BenefitId("silver-competencies-shown");
  public static final BenefitId GOLD_COMPETENCIES_SHOWN = new BenefitId("gold-competencies-shown");
  public static final BenefitId AZURE_CREDITS = new BenefitId("azure-credits");
  public static final BenefitId TECHNICAL_PRESALES = new BenefitId("technical-presales");

  private ProgrammeBenefits() {}

  public static BenefitCatalog catalog() {
    return new BenefitCatalog(
        List.of(
            new BenefitOffer(
                ACTION_PACK,
                "Action pack subscription",
                "Software, cloud services, support sessions and more for the organization's"
                    + " internal use, renewed a year at a time.",
                MembershipLevel.SILVER,
                null,
                "about USD 20,000 of internal-use rights",
                Money.usd("475.00")),
            new BenefitOffer(
                MARKETING_PROFILE,
                "Marketing profile and referrals",
                "A public marketing profile that customers search and compare when they choose a"
                    + " partner, and the referrals they send from it.",
                MembershipLevel.NETWORK,
                null,
                "referrals from customers looking for a partner",
                null),
            new BenefitOffer(
                SILVER_COMPETENCIES_SHOWN,
                "Silver competencies on the profile",
                "Every competency attained at Silver is shown on the marketing profile.",
                MembershipLevel.SILVER,
                null,
                "Silver competencies shown to customers",
                null),
            new BenefitOffer(
                GOLD_COMPETENCIES_SHOWN,
                "Gold competencies on the profile",
                "Competencies attained at Silver and at Gold are shown on the marketing profile.",
                MembershipLevel.GOLD,
                null,
                "Gold competencies shown to customers",
                null),
            new BenefitOffer(
                AZURE_CREDITS,
                "Azure credits",
                "Cloud credits for demonstrations and proofs of concept, for partners with the"
                    + " Cloud Platform competency.",
                MembershipLevel.SILVER,
                new RequiredCompetency(new CompetencyId("cloud-platform"), Level.SILVER),
                "USD 1,800 of Azure credits a year",
                null),
            new BenefitOffer(
                TECHNICAL_PRESALES,
                "Technical presales and deployment hours",
                "Consultations with programme architects on customer proposals and deployments,"
                    + " for partners with a competency at Gold.",
                MembershipLevel.SILVER,
                RequiredCompetency.anyAt(Level.GOLD),
                "up to 50 hours a year",
                null)));
  }
}
