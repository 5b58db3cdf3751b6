package org.attain.adapter.rest.organization;

/** An admin contact of an organization. */
public record AdminResponse(String name, String email) {}
