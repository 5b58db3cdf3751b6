package org.attain.bootstrap;

import java.util.List;
import org.attain.application.port.out.DomainEvents;
import org.attain.domain.shared.DomainEvent;
import org.jboss.logging.Logger;

/**
 * Records domain events in the log, for the record of what happened. Nothing else subscribes: the
 * use cases re-evaluate the organizations a change touches themselves ({@code
 * application.reaction.Reevaluations}), inside the change's own transaction.
 */
final class LoggedDomainEvents implements DomainEvents {

  private static final Logger LOG = Logger.getLogger(LoggedDomainEvents.class);

  @Override
  public void publish(List<? extends DomainEvent> events) {
    events.forEach(event -> LOG.infov("domain event {0}", event));
  }
}
