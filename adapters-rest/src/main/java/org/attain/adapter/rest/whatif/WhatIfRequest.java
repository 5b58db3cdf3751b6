package org.attain.adapter.rest.whatif;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.attain.application.port.in.AskWhatIf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issue 13: hypothetical changes to apply, in order, to the facts of a day. */
public record WhatIfRequest(
    @Schema(description = "The day whose facts are changed; today when absent") LocalDate asOf,
    @NotNull @Size(min = 1, max = AskWhatIf.MAX_CHANGES) @Valid
        List<@NotNull ChangeRequest> changes) {}
