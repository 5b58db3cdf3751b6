package org.attain.adapter.persistence.catalog;

import java.util.List;

/** A qualification as stored: its tracks, each the list of the codes it needs. */
record QualificationDocument(List<List<String>> tracks) {}
