package org.attain.application.service;

import java.time.Duration;
import java.time.Instant;
import org.attain.domain.shared.Guard;

/**
 * Capped exponential backoff: after the n-th failed attempt, the next one is {@code base * 2^(n-1)}
 * later, never more than {@code cap}.
 */
public record Backoff(Duration base, Duration cap) {

  public Backoff {
    Guard.present(base, "base");
    Guard.present(cap, "cap");
    Guard.check(base.isPositive(), "base", "base must be positive");
    Guard.check(cap.compareTo(base) >= 0, "cap", "cap must not be shorter than base");
  }

  /** The delay after {@code failedAttempts} failures (1 or more). */
  public Duration delayAfter(int failedAttempts) {
    Guard.check(failedAttempts >= 1, "failedAttempts", "failedAttempts must be at least 1");
    int doublings = Math.min(failedAttempts - 1, 62);
    Duration delay = base;
    for (int i = 0; i < doublings && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  public Instant nextAttempt(Instant failedAt, int failedAttempts) {
    return failedAt.plus(delayAfter(failedAttempts));
  }
}
