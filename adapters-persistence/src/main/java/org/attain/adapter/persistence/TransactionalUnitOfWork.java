package org.attain.adapter.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The use cases' transaction boundary: one JTA transaction for every store a use case touches,
 * joined when the caller already runs one. A change to organizations first takes their row locks
 * (by counting the change on each row), so that concurrent changes to one organization run one
 * after the other instead of refusing each other. Changes are flushed before the work returns, so
 * that a lost race surfaces here as a {@code ConflictException} rather than later at commit.
 */
@ApplicationScoped
public class TransactionalUnitOfWork implements UnitOfWork {

  /** How many times a change that lost a race is tried in all. */
  static final int ATTEMPTS = 5;

  /** Set while a read runs on this thread: a change may not start inside it. */
  private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

  private final Session session;

  public TransactionalUnitOfWork(Session session) {
    this.session = session;
  }

  @Override
  public <T> T run(Supplier<T> work) {
    try {
      return QuarkusTransaction.joiningExisting()
          .call(
              () -> {
                requireWritable();
                T result = work.get();
                session.flush();
                return result;
              });
    } catch (RuntimeException failure) {
      throw StoreConflicts.translate(failure);
    }
  }

  /**
   * Takes the organizations' row locks first, in the order of their ids' text (the same in every
   * unit, so two never wait for each other), then runs the work; a lost race rolls the attempt back
   * and starts it again, up to {@link #ATTEMPTS} times.
   */
  @Override
  public <T> T changing(
      Supplier<? extends Collection<OrganizationId>> organizations, Supplier<T> work) {
    Supplier<T> locked =
        () -> {
          lock(organizations.get());
          return work.get();
        };
    if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return run(locked);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return run(locked);
      } catch (ConflictException conflict) {
        if (!ConflictException.CONCURRENT_UPDATE.equals(conflict.code()) || attempt == ATTEMPTS) {
          throw conflict;
        }
        pause(attempt);
      }
    }
  }

  /**
   * Locks each organization by counting the change on its row: the update takes the row's lock
   * until the commit, and the count it leaves is the organization's {@code Evidence} mark, which
   * moves only if the change commits. Plain JDBC: a native update through the session would first
   * flush the session, at the start of every change.
   */
  private void lock(Collection<OrganizationId> organizations) {
    List<UUID> ids =
        organizations.stream()
            .map(OrganizationId::value)
            .distinct()
            .sorted(Comparator.comparing(UUID::toString))
            .toList();
    if (ids.isEmpty()) {
      return;
    }
    session.doWork(
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "UPDATE organization SET changes = changes + 1 WHERE id = ?")) {
            for (UUID id : ids) {
              statement.setObject(1, id);
              statement.executeUpdate();
            }
          }
        });
  }

  /** A short random pause, longer at each attempt, so that racing units do not meet again. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw ConflictException.concurrentUpdate();
    }
  }

  /** Inside a read, entities are loaded read-only: a change made there would be lost silently. */
  private static void requireWritable() {
    if (READING.get() != null) {
      throw new IllegalStateException("a unit of work that changes data cannot run inside a read");
    }
  }

  /**
   * A read of its own loads entities read-only and never flushes: nothing is dirty-checked. Inside
   * a running unit of work it simply joins it, and sees what that unit changed so far. Within a
   * request, a read needs no transaction: each statement sees committed data as it would inside one
   * at READ COMMITTED (the isolation of both databases), and the request's own session spares the
   * begin and the commit's round trip; it is cleared after each read, so that a later read of the
   * request sees what was committed meanwhile. Elsewhere (a scheduled job) a read runs in a
   * transaction of its own.
   */
  @Override
  public <T> T read(Supplier<T> work) {
    if (READING.get() != null || QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return work.get();
    }
    if (!Arc.container().requestContext().isActive()) {
      return QuarkusTransaction.requiringNew().call(() -> reading(work));
    }
    try {
      return reading(work);
    } finally {
      session.clear();
    }
  }

  private <T> T reading(Supplier<T> work) {
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
    READING.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      READING.remove();
    }
  }
}
