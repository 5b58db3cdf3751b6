package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.attain.domain.shared.InvalidValueException;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** Fees are data: the programme's published figures by default, one currency, 25% off upgrades. */
class R4FeeScheduleTest {

  private final FeeSchedule fees = FeeSchedule.PROGRAMME_DEFAULT;

  @Test
  void R4_theDefaultFeesAreThePublishedFigures() {
    assertThat(fees.actionPack()).isEqualTo(Money.usd("475.00"));
    assertThat(fees.annualFee(MembershipLevel.SILVER)).isEqualTo(Money.usd("1670.00"));
    assertThat(fees.annualFee(MembershipLevel.GOLD)).isEqualTo(Money.usd("5260.00"));
    assertThat(fees.annualFee(MembershipLevel.NETWORK).isZero()).isTrue();
  }

  @Test
  void R4_anUpgradeIsChargedTheNewLevelsFeeLessTheDiscount() {
    assertThat(fees.fee(PurchaseKind.UPGRADE, MembershipLevel.GOLD))
        .isEqualTo(Money.usd("3945.00"));
    assertThat(fees.fee(PurchaseKind.RENEWAL, MembershipLevel.GOLD))
        .isEqualTo(Money.usd("5260.00"));
    assertThat(fees.fee(PurchaseKind.NEW, MembershipLevel.SILVER)).isEqualTo(Money.usd("1670.00"));
  }

  @Test
  void R4_feesAreInOneCurrencyAndTheDiscountAPercentage() {
    Money euros = new Money(BigDecimal.TEN, Currency.getInstance("EUR"));

    assertThatThrownBy(() -> new FeeSchedule(Money.usd("475"), euros, Money.usd("5260"), 25))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("silver"));
    assertThatThrownBy(() -> new FeeSchedule(Money.usd("475"), Money.usd("1"), Money.usd("2"), 101))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("upgradeDiscountPercent"));
  }
}
