package org.attain.domain.evaluation;

import java.time.LocalDate;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.shared.Guard;

/**
 * R7: an override that holds on the evaluated day in a competency: what of the status rests on it,
 * and the last day it holds.
 */
public record AppliedOverride(OverrideId override, OverrideGrant grant, LocalDate lastDay) {

  public AppliedOverride {
    Guard.present(override, "override");
    Guard.present(grant, "grant");
    Guard.present(lastDay, "lastDay");
  }
}
