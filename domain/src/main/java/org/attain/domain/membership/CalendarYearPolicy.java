package org.attain.domain.membership;

import java.time.LocalDate;
import org.attain.domain.shared.Guard;

/**
 * R5 as the seed words it: the status lasts until the end of the year it was bought in, so a term
 * bought on 31 December lasts that one day; a renewal's term is then the whole next year.
 */
public record CalendarYearPolicy(RenewalWindow renewalWindow) implements TermPolicy {

  public CalendarYearPolicy {
    Guard.present(renewalWindow, "renewalWindow");
  }

  @Override
  public LocalDate lastDayOfTermStarting(LocalDate start) {
    return LocalDate.of(start.getYear(), 12, 31);
  }
}
