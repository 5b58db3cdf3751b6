package org.attain.application.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;

/**
 * Runs use cases one at a time over in-memory stores and rolls every store back when the work
 * fails, so a use case is all-or-nothing as it is on a database. Nested runs join the outer one.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final List<Snapshotting> stores;
  private int depth;
  private int committed;
  private int rolledBack;
  private final Map<OrganizationId, Long> changes = new HashMap<>();

  public InMemoryUnitOfWork(Snapshotting... stores) {
    this.stores = List.of(stores);
  }

  @Override
  public synchronized <T> T run(Supplier<T> work) {
    if (depth > 0) {
      return work.get();
    }
    List<Runnable> restores = stores.stream().map(Snapshotting::snapshot).toList();
    depth++;
    try {
      T result = work.get();
      committed++;
      return result;
    } catch (RuntimeException | Error failure) {
      restores.forEach(Runnable::run);
      rolledBack++;
      throw failure;
    } finally {
      depth--;
    }
  }

  /**
   * In memory one unit of work runs at a time, so holding every organization's lock is the same as
   * holding one; a lost race cannot happen, and a conflict is the work's own answer. Every change
   * counts, even one rolled back: a mark that moves needlessly only costs an evaluation.
   */
  @Override
  public <T> T changing(
      Supplier<? extends Collection<OrganizationId>> organizations, Supplier<T> work) {
    return run(
        () -> {
          organizations.get().forEach(id -> changes.merge(id, 1L, Long::sum));
          return work.get();
        });
  }

  /** How many units of work changed {@code organization}: its evidence mark's counter. */
  public synchronized long changesTo(OrganizationId organization) {
    return changes.getOrDefault(organization, 0L);
  }

  /** How many units of work completed. */
  public synchronized int committed() {
    return committed;
  }

  /** How many units of work failed and were rolled back. */
  public synchronized int rolledBack() {
    return rolledBack;
  }
}
