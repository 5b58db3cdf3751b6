package org.attain.bootstrap.scheduler;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;

/** A job of the test application only: counts down each time Quartz fires it. */
@ApplicationScoped
public class Heartbeat {

  static final String IDENTITY = "attain-test-heartbeat";

  private final CountDownLatch beats = new CountDownLatch(2);

  @Scheduled(identity = IDENTITY, every = "1s")
  void beat() {
    beats.countDown();
  }

  CountDownLatch beats() {
    return beats;
  }
}
