package org.attain.adapter.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyStateChange;
import org.attain.domain.risk.RecordedCause;

/**
 * The competency history stored with Hibernate ORM, inside the caller's unit of work: it inserts
 * and selects, nothing else. Each insert takes the next identity value, so reading by it gives the
 * order appended.
 */
@ApplicationScoped
public class PanacheCompetencyHistories implements CompetencyHistories {

  private final CompetencyHistoryRepository repository;

  PanacheCompetencyHistories(CompetencyHistoryRepository repository) {
    this.repository = repository;
  }

  @Override
  public void append(List<CompetencyStateChange> changes) {
    for (CompetencyStateChange change : changes) {
      CompetencyHistoryEntity row = new CompetencyHistoryEntity();
      row.organizationId = change.organization().value();
      row.competencyId = change.competency().value();
      row.state = change.state();
      row.level = change.level();
      row.overriddenUntil = change.until();
      row.changedOn = change.on();
      row.causeKind = change.cause().kind();
      row.causeDescription = change.cause().description();
      repository.persist(row);
    }
    StoreConflicts.flush(repository.getEntityManager());
  }

  @Override
  public Map<OrganizationId, Map<CompetencyId, CompetencyStateChange>> latest(
      Collection<OrganizationId> organizations) {
    if (organizations.isEmpty()) {
      return Map.of();
    }
    return repository.latest(organizations.stream().map(OrganizationId::value).toList()).stream()
        .map(PanacheCompetencyHistories::toDomain)
        .collect(
            Collectors.groupingBy(
                CompetencyStateChange::organization,
                Collectors.toMap(CompetencyStateChange::competency, Function.identity())));
  }

  @Override
  public Page<CompetencyStateChange> of(
      OrganizationId organization, Optional<CompetencyId> competency, PageRequest request) {
    int firstRow = PagedIds.firstRow(request);
    List<CompetencyStateChange> items =
        firstRow < 0
            ? List.of()
            : repository.page(organization.value(), competency, firstRow, request.size()).stream()
                .map(PanacheCompetencyHistories::toDomain)
                .toList();
    return new Page<>(
        items,
        request,
        PagedIds.total(
            request, items.size(), () -> repository.countOf(organization.value(), competency)));
  }

  private static CompetencyStateChange toDomain(CompetencyHistoryEntity row) {
    return new CompetencyStateChange(
        new OrganizationId(row.organizationId),
        new CompetencyId(row.competencyId),
        row.state,
        row.level,
        row.overriddenUntil,
        row.changedOn,
        new RecordedCause(row.causeKind, row.causeDescription));
  }
}
