package org.attain.domain.referral;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies a referral a customer sent to a partner. */
public record ReferralId(UUID value) {

  public ReferralId {
    Guard.present(value, "referralId");
  }

  public static ReferralId newId() {
    return new ReferralId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
