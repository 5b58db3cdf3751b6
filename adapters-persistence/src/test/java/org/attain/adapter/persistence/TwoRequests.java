package org.attain.adapter.persistence;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs two requests on two threads at once, as two HTTP requests would be, and tells how each
 * ended. Requests meet at {@link #bothHere()} so that both have read before either writes.
 */
final class TwoRequests {

  private static final long TIMEOUT_SECONDS = 30;

  private final CyclicBarrier meeting = new CyclicBarrier(2);

  /** How one request ended: with a value, or with a failure. */
  record Outcome(Object value, Throwable failure) {

    boolean succeeded() {
      return failure == null;
    }
  }

  /** Waits until the other request got here too. */
  void bothHere() {
    try {
      meeting.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("the other request never got there", e);
    }
  }

  List<Outcome> race(Callable<?> first, Callable<?> second) {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = List.of(threads.submit(first), threads.submit(second));
      return running.stream().map(TwoRequests::outcome).toList();
    } finally {
      threads.shutdownNow();
    }
  }

  private static Outcome outcome(Future<?> request) {
    try {
      return new Outcome(request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome(null, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("a request did not end in time", e);
    }
  }
}
