package org.attain.adapter.persistence.benefit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The queries on stored benefit claims, each along the (organization, offer, period) key. */
@ApplicationScoped
class BenefitClaimRepository implements PanacheRepositoryBase<BenefitClaimEntity, UUID> {

  List<BenefitClaimEntity> inPeriod(UUID organization, LocalDate claimPeriodStartsOn) {
    return list(
        "organizationId = ?1 and claimPeriodStartsOn = ?2 order by offerId",
        organization,
        claimPeriodStartsOn);
  }

  List<BenefitClaimEntity> newestFirst(UUID organization) {
    return list("organizationId = ?1 order by claimedOn desc, offerId", organization);
  }
}
