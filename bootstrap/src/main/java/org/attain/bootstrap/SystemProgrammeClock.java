package org.attain.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.attain.application.port.out.ProgrammeClock;

/** Today in the programme's time zone, from the system clock. */
final class SystemProgrammeClock implements ProgrammeClock {

  private final Clock clock;

  SystemProgrammeClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public Instant now() {
    return clock.instant();
  }
}
