package org.attain.adapter.persistence.catalog;

import java.math.BigDecimal;

/** A threshold as stored, written as exact JSON numbers so that no decimal is lost. */
record ThresholdDocument(BigDecimal developed, BigDecimal developing) {}
