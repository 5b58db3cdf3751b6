package org.attain.bootstrap.support;

import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
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

  public void advance(Period period) {
    today.updateAndGet(day -> day.plus(period));
  }

  public void set(LocalDate day) {
    today.set(day);
  }
}
