package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * The append-only audit log: entries are added and read, never changed nor removed, so this port
 * offers no way to do either.
 */
public interface AuditLog {

  /** Adds {@code entry} in the caller's unit of work: it is kept only if the action is. */
  void append(AuditEntry entry);

  /** The entries that match {@code filter}, newest first. */
  Page<AuditEntry> find(Filter filter, PageRequest request);

  /**
   * Which entries to read: of one organization, and from one programme day through another (both
   * included); an absent part does not narrow.
   */
  record Filter(
      Optional<OrganizationId> organization, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final Filter EVERYTHING =
        new Filter(Optional.empty(), Optional.empty(), Optional.empty());

    public Filter {
      Guard.present(organization, "organizationId");
      Guard.present(from, "from");
      Guard.present(to, "to");
      Guard.check(
          from.isEmpty() || to.isEmpty() || !to.get().isBefore(from.get()),
          "to",
          "to must not precede from");
    }

    /** Whether {@code entry} passes this filter. */
    public boolean matches(AuditEntry entry) {
      return organization.map(o -> o.equals(entry.organization())).orElse(true)
          && from.map(day -> !entry.day().isBefore(day)).orElse(true)
          && to.map(day -> !entry.day().isAfter(day)).orElse(true);
    }
  }
}
