package org.attain.application.port.out;

import java.util.List;
import org.attain.domain.shared.DomainEvent;

/** Where use cases hand the events of a change, inside the change's unit of work. */
public interface DomainEvents {

  void publish(List<? extends DomainEvent> events);
}
