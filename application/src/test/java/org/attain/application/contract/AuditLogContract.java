package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.token;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Organizations;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link AuditLog} must do. The log may be shared with other tests and
 * never emptied: each test reads entries of organizations it created, or of its own actor.
 */
public abstract class AuditLogContract {

  /** The log under test. */
  protected abstract AuditLog auditLog();

  /** Where the organizations are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private void append(AuditEntry entry) {
    inTransaction(
        () -> {
          auditLog().append(entry);
          return null;
        });
  }

  private Page<AuditEntry> find(AuditLog.Filter filter, PageRequest request) {
    return inTransaction(() -> auditLog().find(filter, request));
  }

  private static AuditLog.Filter of(OrganizationId organization, LocalDate from, LocalDate to) {
    return new AuditLog.Filter(
        Optional.of(organization), Optional.ofNullable(from), Optional.ofNullable(to));
  }

  private static AuditEntry entry(OrganizationId organization, LocalDate day, String subject) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("lastDay", "2025-06-10");
    details.put("grant", "person \"x\" counts as holding 70-533\nSão Tomé");
    return new AuditEntry(
        "agent-smith",
        AuditAction.OVERRIDE_GRANTED,
        organization,
        subject,
        day,
        Instant.parse("2025-03-10T10:15:30.123456789Z"),
        "Exam feed lags;\nsee ticket 42",
        details);
  }

  @Test
  public void anEntryIsFoundWithEveryFieldAndItsDetailsInOrder() {
    OrganizationId organization = storedOrganization();
    AuditEntry entry = entry(organization, DAY, "override-" + token());

    append(entry);

    Page<AuditEntry> found = find(of(organization, null, null), new PageRequest(0, 10));
    assertThat(found.items()).containsExactly(entry);
    assertThat(found.items().getFirst().details().keySet()).containsExactly("lastDay", "grant");
    assertThat(found.items().getFirst().recordedAt())
        .isEqualTo(Instant.parse("2025-03-10T10:15:30.123456Z"));
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  public void anEntryWithoutOrganizationReasonOrDetailsIsKept() {
    String subject = "catalog-" + token();
    AuditEntry entry =
        new AuditEntry(
            "agent-" + token(),
            AuditAction.CATALOG_VERSION_PUBLISHED,
            null,
            subject,
            DAY,
            Instant.parse("2025-03-10T10:15:30Z"),
            null,
            Map.of());

    append(entry);

    assertThat(find(AuditLog.Filter.EVERYTHING, new PageRequest(0, 100)).items()).contains(entry);
  }

  @Test
  public void entriesAreReadNewestFirstPageByPage() {
    OrganizationId organization = storedOrganization();
    List<AuditEntry> entries =
        List.of(
            entry(organization, DAY, "first"),
            entry(organization, DAY, "second"),
            entry(organization, DAY.plusDays(1), "third"));
    entries.forEach(this::append);

    Page<AuditEntry> firstPage = find(of(organization, null, null), new PageRequest(0, 2));
    Page<AuditEntry> secondPage = find(of(organization, null, null), new PageRequest(1, 2));

    assertThat(firstPage.items())
        .extracting(AuditEntry::subject)
        .containsExactly("third", "second");
    assertThat(firstPage.total()).isEqualTo(3);
    assertThat(secondPage.items()).extracting(AuditEntry::subject).containsExactly("first");
    assertThat(secondPage.total()).isEqualTo(3);
  }

  @Test
  public void theFilterNarrowsToOneOrganizationAndToDaysBothIncluded() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    append(entry(ours, DAY.minusDays(1), "before"));
    append(entry(ours, DAY, "from"));
    append(entry(theirs, DAY.plusDays(1), "theirs"));
    append(entry(ours, DAY.plusDays(2), "to"));
    append(entry(ours, DAY.plusDays(3), "after"));

    PageRequest all = new PageRequest(0, 100);
    assertThat(find(of(ours, DAY, DAY.plusDays(2)), all).items())
        .extracting(AuditEntry::subject)
        .containsExactly("to", "from");
    assertThat(find(of(ours, DAY.plusDays(2), null), all).items())
        .extracting(AuditEntry::subject)
        .containsExactly("after", "to");
    assertThat(find(of(ours, null, DAY), all).items())
        .extracting(AuditEntry::subject)
        .containsExactly("from", "before");
    assertThat(find(of(theirs, null, null), all).items())
        .extracting(AuditEntry::subject)
        .containsExactly("theirs");
  }
}
