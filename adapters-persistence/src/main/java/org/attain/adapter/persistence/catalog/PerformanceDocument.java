package org.attain.adapter.persistence.catalog;

/** A performance step as stored: the metric's name and its threshold per market. */
record PerformanceDocument(String metric, ThresholdDocument threshold) implements StepDocument {}
