package org.attain.domain.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.InvalidValueException;

/**
 * The organization's public website: an absolute https URL with a host, and no user name or
 * password in it, since profiles are public.
 */
public record Website(String value) {

  public static final int MAX_LENGTH = 2000;

  public Website {
    value = Guard.text(value, "website", MAX_LENGTH);
    URI uri = parse(value);
    Guard.check(
        "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT)),
        "website",
        "website must be an https URL");
    Guard.check(
        uri.getHost() != null && !uri.getHost().isBlank(), "website", "website must name a host");
    Guard.check(
        uri.getRawUserInfo() == null,
        "website",
        "website must not contain a user name or password");
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("website", "website is not a valid URL");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
