package org.attain.domain.catalog;

import org.attain.domain.shared.Guard;

/**
 * R1: {@code count} distinct persons each holding the qualification, of whom possibly some must
 * also hold another credential.
 *
 * @param ofWhom the sub-requirement on some of the persons, {@code null} if none
 */
public record CertifiedIndividuals(int count, Qualification qualification, OfWhom ofWhom)
    implements Step {

  public static final int MAX_COUNT = 100;

  public CertifiedIndividuals {
    Guard.check(count >= 1, "count", "count must be at least 1");
    Guard.check(count <= MAX_COUNT, "count", "count must be at most " + MAX_COUNT);
    Guard.present(qualification, "qualification");
    Guard.check(
        ofWhom == null || ofWhom.count() <= count,
        "ofWhom.count",
        "ofWhom.count must not exceed the step's count of " + count);
  }

  public CertifiedIndividuals(int count, Qualification qualification) {
    this(count, qualification, null);
  }

  /** How many persons need no more than the step's own qualification. */
  public int plainCount() {
    return ofWhom == null ? count : count - ofWhom.count();
  }
}
