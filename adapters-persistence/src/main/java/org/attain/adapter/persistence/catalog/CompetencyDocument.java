package org.attain.adapter.persistence.catalog;

/** A competency as stored; {@code silver} is written as {@code null} for a Gold-only one. */
record CompetencyDocument(
    String id, String name, String path, LevelDocument silver, LevelDocument gold) {}
