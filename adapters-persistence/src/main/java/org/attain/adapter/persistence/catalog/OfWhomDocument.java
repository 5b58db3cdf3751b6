package org.attain.adapter.persistence.catalog;

/** The "of whom" sub-requirement of a step, as stored. */
record OfWhomDocument(Integer count, QualificationDocument qualification) {}
