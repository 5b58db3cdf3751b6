package org.attain.adapter.persistence.catalog;

import java.util.List;

/**
 * A catalog version as stored, in the JSON shape of the default catalog resource. Documents hold
 * dates as ISO text and names of constants as text: the domain checks them when it is rebuilt.
 */
record CatalogDocument(
    Integer version,
    String effectiveFrom,
    List<RetiredCredentialDocument> retiredCredentials,
    List<CompetencyDocument> competencies) {}
