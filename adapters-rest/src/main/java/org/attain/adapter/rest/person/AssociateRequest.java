package org.attain.adapter.rest.person;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The organization a person associates their achievements with. */
public record AssociateRequest(@NotNull UUID organizationId) {}
