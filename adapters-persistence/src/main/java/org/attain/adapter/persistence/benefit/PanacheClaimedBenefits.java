package org.attain.adapter.persistence.benefit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.organization.OrganizationId;

/**
 * Benefit claims stored with Hibernate ORM; runs inside the caller's unit of work. The table's
 * unique key refuses a second claim of the same period, which surfaces as a conflict.
 */
@ApplicationScoped
public class PanacheClaimedBenefits implements ClaimedBenefits {

  private final BenefitClaimRepository repository;

  PanacheClaimedBenefits(BenefitClaimRepository repository) {
    this.repository = repository;
  }

  @Override
  public BenefitClaim add(BenefitClaim claim) {
    repository.persist(BenefitMapper.toStored(claim, UUID.randomUUID()));
    StoreConflicts.flush(repository.getEntityManager());
    return claim;
  }

  @Override
  public List<BenefitClaim> inPeriod(OrganizationId organization, LocalDate claimPeriodStartsOn) {
    return repository.inPeriod(organization.value(), claimPeriodStartsOn).stream()
        .map(BenefitMapper::toDomain)
        .toList();
  }

  @Override
  public List<BenefitClaim> ofOrganization(OrganizationId organization) {
    return repository.newestFirst(organization.value()).stream()
        .map(BenefitMapper::toDomain)
        .toList();
  }
}
