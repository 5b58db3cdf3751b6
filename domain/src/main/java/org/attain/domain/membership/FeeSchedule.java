package org.attain.domain.membership;

import org.attain.domain.shared.Guard;
import org.attain.domain.shared.Money;

/**
 * What the programme charges, a year at a time: data, not code. An upgrade is charged the new
 * level's fee less {@code upgradeDiscountPercent}; a renewal or a new purchase, the full fee.
 */
public record FeeSchedule(Money actionPack, Money silver, Money gold, int upgradeDiscountPercent) {

  /**
   * The US fees of the programme's published period: the action pack at USD 475 and Gold at USD
   * 5,260 (CATALOG.md); Silver at USD 1,670, the US Silver fee of the same period (not in
   * CATALOG.md, chosen as the default); 25% off an upgrade.
   */
  public static final FeeSchedule PROGRAMME_DEFAULT =
      new FeeSchedule(Money.usd("475"), Money.usd("1670"), Money.usd("5260"), 25);

  public FeeSchedule {
    Guard.present(actionPack, "actionPack");
    Guard.present(silver, "silver");
    Guard.present(gold, "gold");
    Guard.check(
        silver.currency().equals(actionPack.currency()),
        "silver",
        "silver must be in the currency of the action pack");
    Guard.check(
        gold.currency().equals(actionPack.currency()),
        "gold",
        "gold must be in the currency of the action pack");
    Guard.check(
        upgradeDiscountPercent >= 0 && upgradeDiscountPercent <= 100,
        "upgradeDiscountPercent",
        "upgradeDiscountPercent must be between 0 and 100");
  }

  /** A year at {@code level}; nothing for a network member. */
  public Money annualFee(MembershipLevel level) {
    return switch (level) {
      case NETWORK -> Money.zero(actionPack.currency());
      case SILVER -> silver;
      case GOLD -> gold;
    };
  }

  /** An upgrade to {@code level}, which starts a new term. */
  public Money upgradeFee(MembershipLevel level) {
    return annualFee(level).percentOff(upgradeDiscountPercent);
  }

  public Money fee(PurchaseKind kind, MembershipLevel level) {
    return kind == PurchaseKind.UPGRADE ? upgradeFee(level) : annualFee(level);
  }
}
