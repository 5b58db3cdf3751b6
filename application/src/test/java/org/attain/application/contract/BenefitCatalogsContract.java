package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ProgrammeBenefits.ACTION_PACK;

import java.util.function.Supplier;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.domain.benefit.BenefitCatalog;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link BenefitCatalogs} must do: serve the programme's offers. */
public abstract class BenefitCatalogsContract {

  /** The store under test, holding the programme's catalog. */
  protected abstract BenefitCatalogs catalogs();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Test
  public void R9_theActionPackComesFirstForUsd475AYearAtSilver() {
    BenefitOffer first = inTransaction(() -> catalogs().current()).offers().getFirst();

    assertThat(first.id()).isEqualTo(ACTION_PACK);
    assertThat(first.membership()).isEqualTo(MembershipLevel.SILVER);
    assertThat(first.priceIfCharged()).contains(Money.usd("475"));
    assertThat(first.value()).isEqualTo("about USD 20,000 of internal-use rights");
  }

  @Test
  public void R9_everyOfferIsReadWholeAndInCatalogOrder() {
    BenefitCatalog catalog = inTransaction(() -> catalogs().current());

    assertThat(catalog).isEqualTo(ProgrammeBenefits.catalog());
    assertThat(catalog.offers())
        .extracting(BenefitOffer::membership)
        .contains(MembershipLevel.NETWORK, MembershipLevel.SILVER, MembershipLevel.GOLD);
    assertThat(catalog.offers()).anyMatch(offer -> offer.competency() != null);
  }
}
