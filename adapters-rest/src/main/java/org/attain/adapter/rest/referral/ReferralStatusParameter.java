package org.attain.adapter.rest.referral;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.attain.domain.referral.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code status} filter of an organization's referral list, checked at the edge. */
public class ReferralStatusParameter {

  static final String ANY = "OPEN|ACCEPTED|DECLINED|EXPIRED|WON|LOST";
  static final String SETTABLE = "ACCEPTED|DECLINED|WON|LOST";

  @QueryParam("status")
  @Pattern(regexp = ANY, message = "must be one of " + ANY)
  @Parameter(description = "Only referrals in this status: " + ANY)
  String status;

  public ReferralStatusParameter() {}

  /** The status asked for; call it once the parameter has been validated. */
  public Optional<ReferralStatus> toStatus() {
    return Optional.ofNullable(status).map(ReferralStatus::valueOf);
  }
}
