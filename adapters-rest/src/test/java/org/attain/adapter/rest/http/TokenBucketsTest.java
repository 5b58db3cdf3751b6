package org.attain.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-client token buckets behind the referral throttle. */
class TokenBucketsTest {

  private final AtomicLong now = new AtomicLong();
  private final TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(3), 2, now::get);

  @Test
  void aClientGetsItsPermitsThenWaitsForTheNextToken() {
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.take("a")).isEmpty();
    }

    assertThat(buckets.take("a")).hasValue(60);
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(buckets.take("a")).hasValue(1);
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(buckets.take("a")).isEmpty();
    assertThat(buckets.take("a")).hasValue(60);
  }

  @Test
  void eachClientHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      buckets.take("a");
    }

    assertThat(buckets.take("a")).isPresent();
    assertThat(buckets.take("b")).isEmpty();
  }

  @Test
  void anIdleBucketRefillsNoHigherThanItsPermits() {
    buckets.take("a");
    now.addAndGet(Duration.ofHours(5).toNanos());

    for (int i = 0; i < 3; i++) {
      assertThat(buckets.take("a")).isEmpty();
    }
    assertThat(buckets.take("a")).isPresent();
  }

  @Test
  void theLeastRecentlyUsedClientIsDroppedBeyondTheBound() {
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");

    assertThat(buckets.clients()).isEqualTo(2);
  }

  @Test
  void aThrottleWithoutPermitsOrPeriodIsRefused() {
    assertThatThrownBy(() -> new TokenBuckets(0, Duration.ofMinutes(1), 1, now::get))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBuckets(1, Duration.ZERO, 1, now::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
