package org.attain.domain.catalog;

import org.attain.domain.shared.Guard;

/**
 * "Of whom {@code count} also hold {@code qualification}": that many of a step's persons must hold
 * another credential too, besides the step's own.
 */
public record OfWhom(int count, Qualification qualification) {

  public OfWhom {
    Guard.check(count >= 1, "count", "count must be at least 1");
    Guard.present(qualification, "qualification");
  }
}
