package org.attain.domain.profile;

import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;

/** A competency on a public profile, at the level the membership lets it be shown. */
public record ShownCompetency(CompetencyId competency, Level level) {}
