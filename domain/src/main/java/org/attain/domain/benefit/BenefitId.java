package org.attain.domain.benefit;

import java.util.regex.Pattern;
import org.attain.domain.shared.Guard;

/** Identifies an offer of the benefits catalog by a stable slug such as {@code action-pack}. */
public record BenefitId(String value) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public BenefitId {
    value = Guard.text(value, "id", MAX_LENGTH);
    Guard.check(
        SLUG.matcher(value).matches(),
        "id",
        "id must be lower-case letters and digits separated by single hyphens");
  }

  @Override
  public String toString() {
    return value;
  }
}
