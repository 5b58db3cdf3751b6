package org.attain.application.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.attain.application.port.out.ProgrammeClock;

/** A programme clock that stands still until a test moves it, for what is timed to the instant. */
public final class MovableClock implements ProgrammeClock {

  private Instant now;

  public MovableClock(Instant now) {
    this.now = now;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }
}
