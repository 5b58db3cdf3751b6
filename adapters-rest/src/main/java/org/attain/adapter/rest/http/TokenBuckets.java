package org.attain.adapter.rest.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: each holds up to {@code permits} tokens, refilled evenly over {@code
 * period}, and a request takes one. Kept as the time each client's bucket will be full again (the
 * generic cell rate algorithm), in whole nanoseconds, so that the waits it answers are exact. At
 * most {@code maxClients} buckets are kept; the least recently used is dropped beyond that, so that
 * a crowd of clients cannot exhaust the memory.
 */
public final class TokenBuckets {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long nanosPerToken;
  private final long burstNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Long> nextFreeAt;

  public TokenBuckets(int permits, Duration period, int maxClients, LongSupplier nanoTime) {
    if (permits < 1 || period.isNegative() || period.isZero() || maxClients < 1) {
      throw new IllegalArgumentException(
          "a throttle needs at least one permit, a positive period and room for one client");
    }
    this.nanosPerToken = Math.max(1, period.toNanos() / permits);
    this.burstNanos = (permits - 1) * nanosPerToken;
    this.nanoTime = nanoTime;
    this.nextFreeAt =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > maxClients;
          }
        };
  }

  /**
   * Takes a token from {@code client}'s bucket: empty when it had one, else how many whole seconds
   * (at least one) until it will.
   */
  public synchronized OptionalLong take(String client) {
    long now = nanoTime.getAsLong();
    long spentUntil = Math.max(nextFreeAt.getOrDefault(client, now), now);
    long wait = spentUntil - now - burstNanos;
    if (wait > 0) {
      return OptionalLong.of(Math.max(1, (wait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }
    nextFreeAt.put(client, spentUntil + nanosPerToken);
    return OptionalLong.empty();
  }

  /** How many clients have a bucket now. */
  public synchronized int clients() {
    return nextFreeAt.size();
  }
}
