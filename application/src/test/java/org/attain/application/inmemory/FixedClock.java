package org.attain.application.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.attain.application.port.out.ProgrammeClock;

/** A programme clock that shows the day a test sets, and moves only when the test says so. */
public final class FixedClock implements ProgrammeClock {

  private LocalDate today;

  public FixedClock(LocalDate today) {
    this.today = today;
  }

  @Override
  public synchronized LocalDate today() {
    return today;
  }

  /** Nine in the morning of today, in UTC. */
  @Override
  public synchronized Instant now() {
    return today.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  public synchronized void set(LocalDate day) {
    today = day;
  }

  public synchronized void advance(Period period) {
    today = today.plus(period);
  }

  public void advanceDays(int days) {
    advance(Period.ofDays(days));
  }
}
