package org.attain.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, compared case-insensitively (stored lower-case). */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;
  // Dot-separated atoms before the @ (no leading, trailing or doubled dot), then domain labels
  // that neither start nor end with a hyphen.
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
  private static final Pattern SHAPE =
      Pattern.compile("^" + ATOM + "(\\." + ATOM + ")*@" + LABEL + "(\\." + LABEL + ")+$");

  public EmailAddress {
    value = Guard.text(value, "email", MAX_LENGTH).toLowerCase(Locale.ROOT);
    Guard.check(SHAPE.matcher(value).matches(), "email", "email is not a valid address");
  }

  @Override
  public String toString() {
    return value;
  }
}
