package org.attain.adapter.rest.override;

import java.time.LocalDate;

/** Who ended an override early, why, and from which day it no longer holds. */
public record RevocationResponse(String agent, String reason, LocalDate revokedOn) {}
