package org.attain.application.port.out;

import java.time.LocalDate;

/** The programme's notion of today; rules take their day from here, never from the system. */
public interface ProgrammeClock {

  LocalDate today();
}
