package org.attain.domain.shared;

import java.time.LocalDate;

/** Something that happened in the domain and that other parts may react to. */
public interface DomainEvent {

  /** The day the change takes effect. */
  LocalDate occurredOn();
}
