package org.attain.adapter.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Alerts;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Acknowledgement;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.RecordedCause;

/**
 * Alerts stored with Hibernate ORM; runs inside the caller's unit of work. A second ongoing alert
 * of a kind breaks the unique constraint on (organization, ongoing kind), which {@link
 * StoreConflicts} turns into a conflict.
 */
@ApplicationScoped
public class PanacheAlerts implements Alerts {

  private final AlertRepository repository;

  PanacheAlerts(AlertRepository repository) {
    this.repository = repository;
  }

  @Override
  public Alert save(Alert alert) {
    AlertEntity entity = alert.version() == null ? added(alert) : changed(alert);
    Optional<Acknowledgement> acknowledgement = alert.acknowledged();
    entity.changeState(
        acknowledgement.map(Acknowledgement::by).orElse(null),
        acknowledgement.map(Acknowledgement::on).orElse(null),
        alert.endedOn());
    if (alert.version() == null) {
      repository.persist(entity);
    }
    StoreConflicts.flush(repository.getEntityManager());
    return toDomain(entity);
  }

  private AlertEntity added(Alert alert) {
    if (repository.findByIdOptional(alert.id().value()).isPresent()) {
      throw ConflictException.concurrentUpdate();
    }
    AlertEntity entity = new AlertEntity(alert.id().value());
    entity.organizationId = alert.organization().value();
    entity.kind = alert.kind();
    entity.level = alert.level();
    entity.causeKind = alert.cause().kind();
    entity.causeDescription = alert.cause().description();
    entity.raisedOn = alert.raisedOn();
    entity.lapsesOn = alert.lapsesOn();
    entity.lapsing = AlertLinesJson.sentences(alert.lapsing());
    entity.nowShort = AlertLinesJson.shortfalls(alert.nowShort());
    entity.restoreBy = AlertLinesJson.shortfalls(alert.restoreBy());
    entity.keyPersons = AlertLinesJson.persons(alert.keyPersons());
    return entity;
  }

  /** The version the alert was read with must still be the stored one. */
  private AlertEntity changed(Alert alert) {
    return repository
        .findByIdOptional(alert.id().value())
        .filter(stored -> Objects.equals(stored.getVersion(), alert.version()))
        .orElseThrow(ConflictException::concurrentUpdate);
  }

  @Override
  public Optional<Alert> findById(AlertId id) {
    return repository.findByIdOptional(id.value()).map(PanacheAlerts::toDomain);
  }

  @Override
  public Map<OrganizationId, List<Alert>> ongoing(Collection<OrganizationId> organizations) {
    if (organizations.isEmpty()) {
      return Map.of();
    }
    return repository.ongoing(organizations.stream().map(OrganizationId::value).toList()).stream()
        .map(PanacheAlerts::toDomain)
        .collect(Collectors.groupingBy(Alert::organization));
  }

  @Override
  public Page<Alert> of(OrganizationId organization, PageRequest request) {
    int firstRow = PagedIds.firstRow(request);
    List<Alert> items =
        firstRow < 0
            ? List.of()
            : repository.pageOf(organization.value(), firstRow, request.size()).stream()
                .map(PanacheAlerts::toDomain)
                .toList();
    return new Page<>(
        items,
        request,
        PagedIds.total(request, items.size(), () -> repository.countOf(organization.value())));
  }

  private static Alert toDomain(AlertEntity entity) {
    return new Alert(
        new AlertId(entity.getId()),
        new OrganizationId(entity.organizationId),
        entity.kind,
        entity.level,
        new RecordedCause(entity.causeKind, entity.causeDescription),
        entity.raisedOn,
        entity.lapsesOn,
        AlertLinesJson.sentences(entity.lapsing),
        AlertLinesJson.shortfalls(entity.nowShort),
        AlertLinesJson.shortfalls(entity.restoreBy),
        AlertLinesJson.persons(entity.keyPersons),
        entity.getAcknowledgedBy() == null
            ? null
            : new Acknowledgement(entity.getAcknowledgedBy(), entity.getAcknowledgedOn()),
        entity.getEndedOn(),
        entity.getVersion());
  }
}
