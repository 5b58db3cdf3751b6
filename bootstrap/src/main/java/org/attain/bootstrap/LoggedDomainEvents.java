package org.attain.bootstrap;

import java.util.List;
import org.attain.application.port.out.DomainEvents;
import org.attain.domain.shared.DomainEvent;
import org.jboss.logging.Logger;

/**
 * Records domain events in the log. Nothing reacts to them yet; renewal-risk detection will
 * subscribe here.
 */
final class LoggedDomainEvents implements DomainEvents {

  private static final Logger LOG = Logger.getLogger(LoggedDomainEvents.class);

  @Override
  public void publish(List<? extends DomainEvent> events) {
    events.forEach(event -> LOG.infov("domain event {0}", event));
  }
}
