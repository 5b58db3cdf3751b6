package org.attain.adapter.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.attain.adapter.persistence.PagedIds;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;

/** The queries on the audit log: it is only ever inserted into and selected from. */
@ApplicationScoped
class AuditEntryRepository implements PanacheRepositoryBase<AuditEntryEntity, Long> {

  /** One page of the entries {@code filter} matches, newest first. */
  List<AuditEntryEntity> page(AuditLog.Filter filter, PageRequest request) {
    int first = PagedIds.firstRow(request);
    if (first < 0) {
      return List.of();
    }
    Where where = where(filter);
    var query =
        getEntityManager()
            .createQuery(
                "from AuditEntryEntity" + where.clause() + " order by id desc",
                AuditEntryEntity.class);
    where.parameters().map().forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(request.size()).getResultList();
  }

  long count(AuditLog.Filter filter) {
    Where where = where(filter);
    return count(
        where.clause().isEmpty() ? "" : where.clause().substring(" where ".length()),
        where.parameters());
  }

  private record Where(String clause, Parameters parameters) {}

  private static Where where(AuditLog.Filter filter) {
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    filter
        .organization()
        .ifPresent(
            organization -> {
              conditions.add("organizationId = :organization");
              parameters.and("organization", organization.value());
            });
    filter
        .from()
        .ifPresent(
            day -> {
              conditions.add("actedOn >= :from");
              parameters.and("from", day);
            });
    filter
        .to()
        .ifPresent(
            day -> {
              conditions.add("actedOn <= :to");
              parameters.and("to", day);
            });
    return new Where(
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
  }
}
