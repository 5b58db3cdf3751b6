package org.attain.adapter.persistence.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A certified-individuals step as stored; {@code ofWhom} is left out when there is none. */
record CertifiedIndividualsDocument(
    Integer count,
    QualificationDocument qualification,
    @JsonInclude(JsonInclude.Include.NON_NULL) OfWhomDocument ofWhom)
    implements StepDocument {}
