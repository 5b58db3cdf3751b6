package org.attain.adapter.rest.problem;

import jakarta.validation.Payload;

/**
 * Marks the {@code @NotNull} on a request body parameter, so that an absent body is answered as
 * {@code missing-body} rather than as a field error.
 */
public interface MissingBody extends Payload {}
