package org.attain.adapter.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Referrals;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.PhoneNumber;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.attain.domain.shared.EmailAddress;

/**
 * Referrals stored with Hibernate ORM; runs inside the caller's unit of work. Lists and the expiry
 * query are one indexed query each (see V6__referrals.sql).
 */
@ApplicationScoped
public class PanacheReferrals implements Referrals {

  private final ReferralRepository repository;

  PanacheReferrals(ReferralRepository repository) {
    this.repository = repository;
  }

  @Override
  public Referral save(Referral referral) {
    ReferralEntity entity = referral.version().isEmpty() ? added(referral) : changed(referral);
    entity.changeStatus(referral.status(), referral.statusChangedOn());
    StoreConflicts.flush(repository.getEntityManager());
    return toDomain(entity);
  }

  private ReferralEntity added(Referral referral) {
    if (repository.findByIdOptional(referral.id().value()).isPresent()) {
      throw ConflictException.concurrentUpdate();
    }
    CustomerContact contact = referral.contact();
    ReferralEntity entity =
        ReferralEntity.sent(
            referral.id().value(),
            referral.organization().value(),
            contact.name(),
            contact.emailIfGiven().map(EmailAddress::value).orElse(null),
            contact.phoneIfGiven().map(PhoneNumber::value).orElse(null),
            contact.companyIfGiven().orElse(null),
            referral.need(),
            referral.size(),
            referral.receivedOn());
    entity.changeStatus(referral.status(), referral.statusChangedOn());
    repository.persist(entity);
    return entity;
  }

  /** The version the referral was read with must still be the stored one. */
  private ReferralEntity changed(Referral referral) {
    return repository
        .findByIdOptional(referral.id().value())
        .filter(stored -> Objects.equals(stored.getVersion(), referral.version().get()))
        .orElseThrow(ConflictException::concurrentUpdate);
  }

  @Override
  public Optional<Referral> findById(ReferralId id) {
    return repository.findByIdOptional(id.value()).map(PanacheReferrals::toDomain);
  }

  @Override
  public Page<Referral> listByOrganization(
      OrganizationId organization, Optional<ReferralStatus> status, PageRequest request) {
    int firstRow = PagedIds.firstRow(request);
    List<Referral> items =
        firstRow < 0
            ? List.of()
            : repository.pageOf(organization.value(), status, firstRow, request.size()).stream()
                .map(PanacheReferrals::toDomain)
                .toList();
    return new Page<>(
        items,
        request,
        PagedIds.total(
            request, items.size(), () -> repository.countOf(organization.value(), status)));
  }

  @Override
  public List<ReferralId> openReceivedBefore(LocalDate day, int limit) {
    return repository.openReceivedBefore(day, limit).stream().map(ReferralId::new).toList();
  }

  private static Referral toDomain(ReferralEntity entity) {
    return Referral.restore(
        new ReferralId(entity.getId()),
        new OrganizationId(entity.getOrganizationId()),
        new CustomerContact(
            entity.getContactName(),
            entity.getContactEmail() == null ? null : new EmailAddress(entity.getContactEmail()),
            entity.getContactPhone() == null ? null : new PhoneNumber(entity.getContactPhone()),
            entity.getContactCompany()),
        entity.getNeed(),
        entity.getCompanySize(),
        entity.getReceivedOn(),
        entity.getStatus(),
        entity.getStatusChangedOn(),
        entity.getVersion());
  }
}
