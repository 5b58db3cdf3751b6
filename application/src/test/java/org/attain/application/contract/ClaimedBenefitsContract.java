package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ProgrammeBenefits.ACTION_PACK;
import static org.attain.application.contract.ProgrammeBenefits.AZURE_CREDITS;
import static org.attain.application.contract.ProgrammeBenefits.MARKETING_PROFILE;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.Organizations;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link ClaimedBenefits} must do. Claims name offers of the
 * programme's catalog ({@link ProgrammeBenefits}), which a database may require to exist. The store
 * may be shared and is never emptied: each test reads the claims of organizations it created.
 */
public abstract class ClaimedBenefitsContract {

  private static final LocalDate PERIOD = DAY.minusMonths(2);
  private static final LocalDate NEXT_PERIOD = PERIOD.plusYears(1);

  /** The store under test. */
  protected abstract ClaimedBenefits claimed();

  /** Where the organizations that claim are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private BenefitClaim add(BenefitClaim claim) {
    return inTransaction(() -> claimed().add(claim));
  }

  private static BenefitClaim claim(
      BenefitId offer, OrganizationId organization, LocalDate on, LocalDate period, Money price) {
    return new BenefitClaim(offer, organization, on, period, price);
  }

  @Test
  public void R9_aClaimIsReadBackWithThePriceChargedOrNoneWhenFree() {
    OrganizationId organization = storedOrganization();
    BenefitClaim charged = claim(ACTION_PACK, organization, DAY, PERIOD, Money.usd("475.00"));
    BenefitClaim free = claim(MARKETING_PROFILE, organization, DAY, PERIOD, null);

    assertThat(add(charged)).isEqualTo(charged);
    add(free);

    assertThat(inTransaction(() -> claimed().inPeriod(organization, PERIOD)))
        .containsExactlyInAnyOrder(charged, free);
    assertThat(inTransaction(() -> claimed().ofOrganization(organization)))
        .filteredOn(c -> c.offer().equals(ACTION_PACK))
        .singleElement()
        .satisfies(c -> assertThat(c.priceIfCharged()).contains(Money.usd("475")));
  }

  @Test
  public void R9_aPeriodHoldsOnlyItsOwnClaimsOfItsOwnOrganization() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    BenefitClaim thisPeriod = claim(ACTION_PACK, ours, DAY, PERIOD, Money.usd("475"));
    BenefitClaim nextPeriod =
        claim(ACTION_PACK, ours, NEXT_PERIOD.plusDays(3), NEXT_PERIOD, Money.usd("475"));
    add(thisPeriod);
    add(nextPeriod);
    add(claim(ACTION_PACK, theirs, DAY, PERIOD, Money.usd("475")));

    assertThat(inTransaction(() -> claimed().inPeriod(ours, PERIOD))).containsExactly(thisPeriod);
    assertThat(inTransaction(() -> claimed().inPeriod(ours, NEXT_PERIOD)))
        .containsExactly(nextPeriod);
    assertThat(inTransaction(() -> claimed().inPeriod(storedOrganization(), PERIOD))).isEmpty();
  }

  @Test
  public void R9_anOrganizationsClaimsAreListedNewestFirstThenByOffer() {
    OrganizationId organization = storedOrganization();
    BenefitClaim oldest = claim(MARKETING_PROFILE, organization, PERIOD, PERIOD, null);
    BenefitClaim sameDayB = claim(MARKETING_PROFILE, organization, DAY, DAY, null);
    BenefitClaim sameDayA = claim(AZURE_CREDITS, organization, DAY, PERIOD, null);
    BenefitClaim newest = claim(ACTION_PACK, organization, DAY.plusDays(1), PERIOD, null);
    add(sameDayB);
    add(newest);
    add(oldest);
    add(sameDayA);

    assertThat(inTransaction(() -> claimed().ofOrganization(organization)))
        .containsExactly(newest, sameDayA, sameDayB, oldest);
  }

  @Test
  public void R9_theSameOfferIsStoredOnlyOncePerOrganizationAndPeriod() {
    OrganizationId organization = storedOrganization();
    add(claim(ACTION_PACK, organization, DAY, PERIOD, Money.usd("475")));

    assertThatThrownBy(
            () -> add(claim(ACTION_PACK, organization, DAY.plusDays(1), PERIOD, Money.usd("475"))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(inTransaction(() -> claimed().ofOrganization(organization))).hasSize(1);
  }
}
