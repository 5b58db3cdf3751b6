package org.attain.domain.override;

import java.util.UUID;
import org.attain.domain.shared.Guard;

/** Identifies an agent's override. */
public record OverrideId(UUID value) {

  public OverrideId {
    Guard.present(value, "overrideId");
  }

  public static OverrideId newId() {
    return new OverrideId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
