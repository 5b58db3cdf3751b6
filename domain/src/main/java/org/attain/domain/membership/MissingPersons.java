package org.attain.domain.membership;

import org.attain.domain.catalog.CertifiedIndividuals;

/**
 * "2 more persons, of whom 1 also holding...": the persons a certified-individuals step lacks.
 *
 * @param persons how many more persons the step needs
 * @param alsoHolding how many of the step's persons still lack the "of whom" credential
 */
public record MissingPersons(int stepIndex, CertifiedIndividuals step, int persons, int alsoHolding)
    implements Shortfall {}
