package org.attain.bootstrap.support;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.attain.application.port.out.ProgrammeClock;

/** Replaces the system clock in end-to-end tests so they can let days pass. */
@Mock
@Singleton
public class AdjustableClock implements ProgrammeClock {

  private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 1, 5));

  @Override
  public LocalDate today() {
    return today.get();
  }

  /** The wall clock's time of day on the day set, so that what is timed still moves on. */
  @Override
  public Instant now() {
    return today.get().atTime(LocalTime.now(ZoneOffset.UTC)).toInstant(ZoneOffset.UTC);
  }

  public void advance(Period period) {
    today.updateAndGet(day -> day.plus(period));
  }

  public void set(LocalDate day) {
    today.set(day);
  }
}
