package org.attain.domain.evaluation;

import org.attain.domain.catalog.Step;

/** R2: how far the organization is on one step of an option. */
public sealed interface StepProgress permits PersonsProgress, MetricProgress {

  Step step();

  boolean met();
}
