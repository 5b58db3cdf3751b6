package org.attain.application.inmemory;

import java.util.Objects;
import org.attain.application.error.ConflictException;

/** The optimistic-locking rule every in-memory store applies, as the store ports document it. */
final class Versions {

  private Versions() {}

  /**
   * The version to store a change under: 0 for a new aggregate, one more than the stored one for a
   * change to it. A new aggregate whose id is taken, or a change read from an older (or deleted)
   * state, lost a race and is refused.
   */
  static long next(Long stored, Long expected) {
    if (!Objects.equals(stored, expected)) {
      throw ConflictException.concurrentUpdate();
    }
    return expected == null ? 0 : expected + 1;
  }
}
