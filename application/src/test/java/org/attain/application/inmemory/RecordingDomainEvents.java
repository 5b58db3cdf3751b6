package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.port.out.DomainEvents;
import org.attain.domain.shared.DomainEvent;

/**
 * Keeps every published event so tests can see what a use case announced. Events count as published
 * only when the unit of work they were published in commits, as with an outbox.
 */
public final class RecordingDomainEvents implements DomainEvents, Snapshotting {

  private final List<DomainEvent> published = new ArrayList<>();
  private RuntimeException failure;

  @Override
  public synchronized void publish(List<? extends DomainEvent> events) {
    if (failure != null) {
      throw failure;
    }
    published.addAll(events);
  }

  /** Makes every later publication fail with {@code failure}, to test rollback. */
  public synchronized void failWith(RuntimeException failure) {
    this.failure = failure;
  }

  public synchronized List<DomainEvent> published() {
    return List.copyOf(published);
  }

  public synchronized void clear() {
    published.clear();
  }

  @Override
  public synchronized Runnable snapshot() {
    List<DomainEvent> copy = List.copyOf(published);
    return () -> {
      synchronized (this) {
        published.clear();
        published.addAll(copy);
      }
    };
  }
}
