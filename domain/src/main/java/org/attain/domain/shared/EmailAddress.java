package org.attain.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, compared case-insensitively (stored lower-case). */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  public EmailAddress {
    value = Guard.text(value, "email", MAX_LENGTH).toLowerCase(Locale.ROOT);
    Guard.check(SHAPE.matcher(value).matches(), "email", "email is not a valid address");
  }

  @Override
  public String toString() {
    return value;
  }
}
