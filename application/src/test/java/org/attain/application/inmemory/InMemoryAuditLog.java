package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.AuditLog;
import org.attain.domain.audit.AuditEntry;

/** The audit log as a list that only grows (entries are immutable records). */
public final class InMemoryAuditLog implements AuditLog, Snapshotting {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized Page<AuditEntry> find(Filter filter, PageRequest request) {
    return Paging.page(entries.reversed().stream().filter(filter::matches).toList(), request);
  }

  /** Every entry, oldest first. */
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized Runnable snapshot() {
    int size = entries.size();
    return () -> {
      synchronized (this) {
        entries.subList(size, entries.size()).clear();
      }
    };
  }
}
