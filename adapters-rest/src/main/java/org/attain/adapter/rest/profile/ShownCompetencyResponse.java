package org.attain.adapter.rest.profile;

import org.attain.domain.catalog.Level;

/** A competency the profile shows, at the level its membership lets it show (R8). */
public record ShownCompetencyResponse(String id, String name, Level level) {}
