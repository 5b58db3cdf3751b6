package org.attain.adapter.rest.warning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The proactive warnings an organization's admins receive. */
public record WarningsResponse(
    @Schema(
            description =
                "Whether the admins are warned (alert MEMBERSHIP_RESTS_ON_ONE_PERSON and email)"
                    + " when the paid membership rests on one key person; true until turned off")
        boolean keyPersonWarning) {}
