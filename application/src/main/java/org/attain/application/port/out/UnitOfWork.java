package org.attain.application.port.out;

import java.util.Collection;
import java.util.function.Supplier;
import org.attain.domain.organization.OrganizationId;

/**
 * Runs one use case atomically: every store it touches commits together or not at all. A change
 * that loses a race with a concurrent one surfaces as a {@code ConflictException}.
 */
public interface UnitOfWork {

  <T> T run(Supplier<T> work);

  /**
   * Runs {@code work} atomically as a change to {@code organizations} (read at the start of each
   * attempt, inside its transaction, before the locks are taken): units of work changing one
   * organization run one after the other (each waits for the organization's lock, taken at the
   * start in a fixed order, so that two changes to the same organizations never deadlock), and a
   * unit that still loses a race (a {@code concurrent-update} conflict) is run again from the start
   * a few times before the conflict is answered. The result is that of the changes made one after
   * the other, in some order. Inside a running unit of work it joins it and only takes the locks.
   * Committed, it changes each organization's {@link Evidence#mark}: whatever was kept of the
   * organization's evaluation is read again.
   */
  <T> T changing(Supplier<? extends Collection<OrganizationId>> organizations, Supplier<T> work);

  /** {@link #changing(Supplier, Supplier)} of organizations known before the unit starts. */
  default <T> T changing(Collection<OrganizationId> organizations, Supplier<T> work) {
    return changing(() -> organizations, work);
  }

  /** Reads without changing anything; implementations may skip the commit's work. */
  default <T> T read(Supplier<T> work) {
    return run(work);
  }
}
