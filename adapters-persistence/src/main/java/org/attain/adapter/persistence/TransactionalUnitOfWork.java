package org.attain.adapter.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import java.util.function.Supplier;
import org.attain.application.port.out.UnitOfWork;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The use cases' transaction boundary: one JTA transaction for every store a use case touches,
 * joined when the caller already runs one. Changes are flushed before the work returns, so that a
 * lost race surfaces here as a {@code ConflictException} rather than later at commit.
 */
@ApplicationScoped
public class TransactionalUnitOfWork implements UnitOfWork {

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

  /** Inside a read, entities are loaded read-only: a change made there would be lost silently. */
  private void requireWritable() {
    if (session.isDefaultReadOnly()) {
      throw new IllegalStateException("a unit of work that changes data cannot run inside a read");
    }
  }

  /**
   * A read of its own loads entities read-only and never flushes: nothing is dirty-checked. Inside
   * a running unit of work it simply joins it, and sees what that unit changed so far.
   */
  @Override
  public <T> T read(Supplier<T> work) {
    if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      return work.get();
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              session.setDefaultReadOnly(true);
              session.setHibernateFlushMode(FlushMode.MANUAL);
              return work.get();
            });
  }
}
