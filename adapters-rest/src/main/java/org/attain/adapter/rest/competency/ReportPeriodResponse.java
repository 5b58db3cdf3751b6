package org.attain.adapter.rest.competency;

import java.time.LocalDate;

/** The period a metric report covers, both days included. */
public record ReportPeriodResponse(LocalDate periodStart, LocalDate periodEnd) {}
