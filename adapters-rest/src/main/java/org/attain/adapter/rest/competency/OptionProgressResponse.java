package org.attain.adapter.rest.competency;

import java.util.List;

/** One option of a level: met when every step is, one person filling one of its slots at most. */
public record OptionProgressResponse(String name, boolean met, List<StepProgressResponse> steps) {}
