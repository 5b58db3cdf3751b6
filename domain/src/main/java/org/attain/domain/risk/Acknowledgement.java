package org.attain.domain.risk;

import java.time.LocalDate;
import org.attain.domain.shared.Guard;

/** Who acknowledged an alert, and on which day. */
public record Acknowledgement(String by, LocalDate on) {

  public static final int MAX_BY_LENGTH = 255;

  public Acknowledgement {
    by = Guard.text(by, "acknowledgedBy", MAX_BY_LENGTH);
    Guard.present(on, "acknowledgedOn");
  }
}
