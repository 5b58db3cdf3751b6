package org.attain.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import org.attain.application.error.ConflictException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Turns what the database refuses because of a concurrent change into the application's {@link
 * ConflictException}: a stale version, or a unique constraint that another transaction won.
 * Anything else (a broken check or foreign key) is a bug and passes through unchanged.
 */
public final class StoreConflicts {

  /** SQLSTATE of a unique (or primary key) violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final int MAX_CAUSES = 20;

  private StoreConflicts() {}

  /** Flushes pending changes now, so that a conflict surfaces inside the caller's operation. */
  public static void flush(EntityManager entityManager) {
    try {
      entityManager.flush();
    } catch (RuntimeException failure) {
      throw translate(failure);
    }
  }

  /** The conflict that {@code failure} means, or {@code failure} itself when it is none. */
  public static RuntimeException translate(RuntimeException failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
      if (cause instanceof ConflictException conflict) {
        return conflict;
      }
      if (isLostRace(cause)) {
        return ConflictException.concurrentUpdate();
      }
      if (cause instanceof ConstraintViolationException violation) {
        return uniqueViolation(violation) ? conflictOn(violation) : failure;
      }
    }
    return failure;
  }

  private static boolean isLostRace(Throwable cause) {
    return cause instanceof OptimisticLockException
        || cause instanceof StaleStateException
        || cause instanceof LockAcquisitionException
        || cause instanceof PessimisticLockException
        || cause instanceof LockTimeoutException
        || cause instanceof org.hibernate.PessimisticLockException;
  }

  private static boolean uniqueViolation(JDBCException violation) {
    return UNIQUE_VIOLATION.equals(violation.getSQLState());
  }

  /**
   * Emails and earnings are unique for business reasons and keep their own codes; every other
   * unique constraint (primary keys, the one open association per person) is only ever broken by
   * two requests changing the same data at once.
   */
  private static ConflictException conflictOn(ConstraintViolationException violation) {
    String constraint = describe(violation);
    if (constraint.contains("person_email_uq")) {
      return new ConflictException(
          "email-taken", "another person is already registered with this email");
    }
    if (constraint.contains("achievement_earning_uq")) {
      return new ConflictException(
          "achievement-already-recorded",
          "this achievement of this person, earned on that day, is already recorded");
    }
    return ConflictException.concurrentUpdate();
  }

  /** The constraint's name where the driver told it, else the database's message naming it. */
  private static String describe(ConstraintViolationException violation) {
    SQLException sql = violation.getSQLException();
    String text =
        (violation.getConstraintName() == null ? "" : violation.getConstraintName())
            + " "
            + (sql == null || sql.getMessage() == null ? "" : sql.getMessage());
    return text.toLowerCase(Locale.ROOT);
  }
}
