package org.attain.domain.profile;

import org.attain.domain.shared.Guard;

/** A short label for an industry the organization serves, such as "Retail" or "Health care". */
public record Industry(String label) {

  public static final int MAX_LENGTH = 50;

  public Industry {
    label = Guard.text(label, "label", MAX_LENGTH);
  }

  @Override
  public String toString() {
    return label;
  }
}
