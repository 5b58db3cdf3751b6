package org.attain.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The programme's notion of today; rules take their day from here, never from the system. */
public interface ProgrammeClock {

  LocalDate today();

  /** The present moment, for records that keep when something happened (the audit log). */
  default Instant now() {
    return Instant.now();
  }
}
