package org.attain.adapter.rest.override;

import java.util.UUID;
import org.attain.domain.catalog.Level;
import org.attain.domain.metric.Metric;

/** What an override grants; only the fields of its kind are set. */
public record GrantResponse(
    GrantKind kind, UUID personId, String code, Metric metric, Level level, String description) {}
