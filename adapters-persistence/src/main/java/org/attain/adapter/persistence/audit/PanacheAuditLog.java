package org.attain.adapter.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.organization.OrganizationId;

/**
 * The audit log stored with Hibernate ORM, inside the caller's unit of work: an entry is kept only
 * if the action it records is. It inserts and selects, nothing else. Details are stored as a JSON
 * object with the adapter's own mapper, so that the stored form does not follow the API's.
 */
@ApplicationScoped
public class PanacheAuditLog implements AuditLog {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, String>> DETAILS =
      new TypeReference<>() {};

  private final AuditEntryRepository repository;

  PanacheAuditLog(AuditEntryRepository repository) {
    this.repository = repository;
  }

  @Override
  public void append(AuditEntry entry) {
    AuditEntryEntity row = new AuditEntryEntity();
    row.actor = entry.actor();
    row.action = entry.action().name();
    row.organizationId = entry.organization() == null ? null : entry.organization().value();
    row.subject = entry.subject();
    row.actedOn = entry.day();
    row.recordedAt = entry.recordedAt();
    row.reason = entry.reason();
    row.details = write(entry.details());
    repository.persist(row);
    StoreConflicts.flush(repository.getEntityManager());
  }

  @Override
  public Page<AuditEntry> find(Filter filter, PageRequest request) {
    List<AuditEntry> items =
        repository.page(filter, request).stream().map(PanacheAuditLog::toDomain).toList();
    long total = PagedIds.total(request, items.size(), () -> repository.count(filter));
    return new Page<>(items, request, total);
  }

  private static AuditEntry toDomain(AuditEntryEntity row) {
    return new AuditEntry(
        row.actor,
        AuditAction.valueOf(row.action),
        row.organizationId == null ? null : new OrganizationId(row.organizationId),
        row.subject,
        row.actedOn,
        row.recordedAt,
        row.reason,
        read(row.details));
  }

  private static String write(Map<String, String> details) {
    try {
      return JSON.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details could not be written", e);
    }
  }

  private static Map<String, String> read(String details) {
    try {
      return JSON.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit details are not a JSON object", e);
    }
  }
}
