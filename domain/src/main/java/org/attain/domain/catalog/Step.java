package org.attain.domain.catalog;

/** One requirement of an option; an option is met when all its steps are. */
public sealed interface Step permits CertifiedIndividuals, Performance {}
