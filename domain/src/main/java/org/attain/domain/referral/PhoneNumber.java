package org.attain.domain.referral;

import java.util.regex.Pattern;
import org.attain.domain.shared.Guard;

/**
 * A phone number as a customer typed it: digits with an optional leading +, spaces, dots, hyphens
 * and parentheses, and between 6 and 15 digits (the E.164 maximum).
 */
public record PhoneNumber(String value) {

  public static final int MAX_LENGTH = 30;
  private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 .()\\-]+");

  public PhoneNumber {
    value = Guard.text(value, "phone", MAX_LENGTH);
    long digits = value.chars().filter(Character::isDigit).count();
    Guard.check(
        SHAPE.matcher(value).matches() && digits >= 6 && digits <= 15,
        "phone",
        "phone must be 6 to 15 digits, optionally with +, spaces, dots, hyphens and parentheses");
  }

  @Override
  public String toString() {
    return value;
  }
}
