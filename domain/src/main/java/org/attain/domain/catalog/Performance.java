package org.attain.domain.catalog;

import org.attain.domain.metric.Metric;
import org.attain.domain.shared.Guard;

/** R1: a metric of the organization at or above a threshold that depends on its market. */
public record Performance(Metric metric, Threshold threshold) implements Step {

  public Performance {
    Guard.present(metric, "metric");
    Guard.present(threshold, "threshold");
  }
}
