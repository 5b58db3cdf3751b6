package org.attain.adapter.persistence.catalog;

import java.util.List;

/** One requirement option, as stored. */
record OptionDocument(String name, List<StepDocument> steps) {}
