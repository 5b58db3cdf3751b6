package org.attain.adapter.rest.robustness;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: one more person holding {@code codes} would make {@code departuresThen} needed. */
public record ReinforcementResponse(
    @Schema(examples = "[\"70-533\"]") List<String> codes,
    @Schema(examples = "2") int departuresThen) {}
