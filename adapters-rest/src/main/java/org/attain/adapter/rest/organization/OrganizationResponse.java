package org.attain.adapter.rest.organization;

import java.util.List;
import java.util.UUID;
import org.attain.domain.organization.Market;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner organization. */
public record OrganizationResponse(
    UUID id,
    String name,
    @Schema(description = "ISO 3166-1 alpha-2 country code") String country,
    Market market,
    List<AdminResponse> admins,
    @Schema(description = "Version of the stored state; changes with every update") Long version) {}
