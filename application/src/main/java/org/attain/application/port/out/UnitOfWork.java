package org.attain.application.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case atomically: every store it touches commits together or not at all. A change
 * that loses a race with a concurrent one surfaces as a {@code ConflictException}.
 */
public interface UnitOfWork {

  <T> T run(Supplier<T> work);

  /** Reads without changing anything; implementations may skip the commit's work. */
  default <T> T read(Supplier<T> work) {
    return run(work);
  }
}
