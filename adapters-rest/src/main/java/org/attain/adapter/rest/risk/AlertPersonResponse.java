package org.attain.adapter.rest.risk;

import java.util.UUID;

/** A person an alert names, with their name on the day it was raised. */
public record AlertPersonResponse(UUID personId, String name) {}
