package org.attain.domain.risk;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies one alert. */
public record AlertId(UUID value) {

  public AlertId {
    Guard.present(value, "alertId");
  }

  public static AlertId newId() {
    return new AlertId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
