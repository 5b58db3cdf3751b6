package org.attain.domain.achievement;

import java.util.regex.Pattern;
import org.attain.domain.shared.Guard;

/**
 * The programme's code of an exam, certification or assessment, such as {@code 70-533} or {@code
 * MCSA Linux on Azure}. Codes compare exactly as written, after trimming.
 */
public record AchievementCode(String value) {

  public static final int MAX_LENGTH = 64;
  private static final Pattern SHAPE = Pattern.compile("[\\p{Alnum}][\\p{Alnum} ._+/()-]*");

  public AchievementCode {
    value = Guard.text(value, "code", MAX_LENGTH);
    Guard.check(
        SHAPE.matcher(value).matches(),
        "code",
        "code may hold letters, digits, spaces and . _ + / ( ) -");
  }

  @Override
  public String toString() {
    return value;
  }
}
