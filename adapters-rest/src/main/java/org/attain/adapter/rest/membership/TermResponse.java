package org.attain.adapter.rest.membership;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paid membership's term and renewal days, every day inclusive. */
public record TermResponse(
    @Schema(examples = "2025-04-01") LocalDate startsOn,
    @Schema(examples = "2026-03-31") LocalDate endsOn,
    @Schema(description = "First day a renewal at the same level is accepted")
        LocalDate renewableFrom,
    @Schema(
            description =
                "Last day of the renewal window after the term, while the membership holds;"
                    + " endsOn when the term policy has none")
        LocalDate renewalWindowEndsOn) {}
