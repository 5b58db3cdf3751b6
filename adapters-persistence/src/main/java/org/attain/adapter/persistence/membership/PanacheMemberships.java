package org.attain.adapter.persistence.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Memberships;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.organization.OrganizationId;

/**
 * Memberships stored with Hibernate ORM; runs inside the caller's unit of work. Purchases are only
 * ever appended, so saving writes the ones made since the membership was read.
 */
@ApplicationScoped
public class PanacheMemberships implements Memberships {

  private final MembershipRepository repository;
  private final MembershipMapper mapper;

  PanacheMemberships(MembershipRepository repository, MembershipMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Membership save(Membership membership) {
    MembershipEntity entity =
        membership.version().isEmpty() ? added(membership) : changed(membership);
    StoreConflicts.flush(repository.getEntityManager());
    return toDomain(entity);
  }

  private MembershipEntity added(Membership membership) {
    if (repository.exists(membership.organization().value())) {
      throw ConflictException.concurrentUpdate();
    }
    MembershipEntity entity = new MembershipEntity();
    entity.setOrganizationId(membership.organization().value());
    entity.append(stored(membership.purchases()));
    repository.persist(entity);
    return entity;
  }

  /** The version the membership was read with must still be the stored one. */
  private MembershipEntity changed(Membership membership) {
    MembershipEntity entity =
        repository
            .findWithPurchases(membership.organization().value())
            .filter(stored -> Objects.equals(stored.getVersion(), membership.version().get()))
            .orElseThrow(ConflictException::concurrentUpdate);
    List<MembershipPurchase> purchases = membership.purchases();
    entity.append(stored(purchases.subList(entity.getPurchases().size(), purchases.size())));
    return entity;
  }

  @Override
  public Optional<Membership> findByOrganization(OrganizationId organization) {
    return repository.findWithPurchases(organization.value()).map(this::toDomain);
  }

  /** One statement whatever their number. */
  @Override
  public Map<OrganizationId, Membership> findByOrganizations(
      Collection<OrganizationId> organizations) {
    if (organizations.isEmpty()) {
      return Map.of();
    }
    Map<OrganizationId, Membership> found = new HashMap<>();
    repository
        .findWithPurchases(organizations.stream().map(OrganizationId::value).toList())
        .forEach(
            entity -> found.put(new OrganizationId(entity.getOrganizationId()), toDomain(entity)));
    return found;
  }

  @Override
  public List<OrganizationId> paidOn(LocalDate day, Optional<OrganizationId> after, int limit) {
    return repository.paidOn(day, after.map(OrganizationId::value), limit).stream()
        .map(OrganizationId::new)
        .toList();
  }

  @Override
  public List<OrganizationId> paidBetween(
      LocalDate day, OrganizationId first, OrganizationId last) {
    return repository.paidBetween(day, first.value(), last.value()).stream()
        .map(OrganizationId::new)
        .toList();
  }

  private List<MembershipPurchaseEmbeddable> stored(List<MembershipPurchase> purchases) {
    return purchases.stream().map(mapper::toStored).toList();
  }

  private Membership toDomain(MembershipEntity entity) {
    return Membership.restore(
        new OrganizationId(entity.getOrganizationId()),
        entity.getPurchases().stream().map(mapper::toDomain).toList(),
        entity.getVersion());
  }
}
