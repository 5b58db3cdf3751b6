package org.attain.adapter.rest.competency;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person whose achievement fills a slot of a step. */
public record ContributorResponse(UUID personId, @Schema(examples = "Ana Lima") String name) {}
