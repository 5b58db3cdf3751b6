package org.attain.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The programme's clock, the only one the use cases read: today in the programme's time zone, and
 * the present instant. Rules take their day from here, never from the system.
 */
public interface ProgrammeClock {

  LocalDate today();

  /**
   * The present moment, for what is timed to the instant: when something was recorded (the audit
   * log), when an email is due.
   */
  Instant now();
}
