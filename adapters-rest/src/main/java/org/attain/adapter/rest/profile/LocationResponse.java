package org.attain.adapter.rest.profile;

/** A place the organization works from. */
public record LocationResponse(String country, String city) {}
