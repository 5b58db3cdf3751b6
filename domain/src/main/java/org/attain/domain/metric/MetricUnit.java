package org.attain.domain.metric;

/** What a metric's value counts, so that progress reads "USD 12,500 of 15,000" or "3 of 5". */
public enum MetricUnit {
  USD,
  COUNT
}
