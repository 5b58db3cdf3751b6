package org.attain.adapter.persistence.catalog;

import java.util.List;

/** The alternative options of a level, as stored. */
record LevelDocument(List<OptionDocument> options) {}
