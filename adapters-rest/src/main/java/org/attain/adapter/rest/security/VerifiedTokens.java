package org.attain.adapter.rest.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once rather than on every request: a client sends the same token for
 * its whole life, and the signature check is most of what authentication costs. A verified token is
 * kept by its whole text, signature included, so only the very same token can be served from here,
 * and for at most {@link #KEPT_MILLIS} and never past its own expiry. At most {@link #MAX_TOKENS}
 * are kept; beyond, a token is verified on every request.
 *
 * <p>It also refuses a token issued in the future ({@code iat} later than now plus the allowed
 * clock skew, {@code mp.jwt.verify.clock.skew}, 60 s by default), which the verifier itself
 * accepts: such a token comes from an issuer whose clock is wrong, or was minted to outlive a key's
 * rotation.
 */
@Decorator
@Priority(10)
abstract class VerifiedTokens implements JWTParser {

  static final long KEPT_MILLIS = 60_000;
  static final int MAX_TOKENS = 10_000;

  /** Longer tokens are never kept, which bounds the memory kept with the count. */
  static final int MAX_TOKEN_LENGTH = 8_192;

  @Inject @Delegate @Any JWTParser parser;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
  int clockSkewSeconds;

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  private record Kept(JsonWebToken token, long untilMillis) {}

  @Override
  public JsonWebToken parse(String bearer) throws ParseException {
    long now = System.currentTimeMillis();
    Kept hit = kept.get(bearer);
    if (hit != null && hit.untilMillis() > now) {
      return hit.token();
    }
    JsonWebToken verified = parser.parse(bearer);
    refuseIssuedInTheFuture(verified, now);
    keep(bearer, verified, now);
    return verified;
  }

  private void refuseIssuedInTheFuture(JsonWebToken verified, long now) throws ParseException {
    Object issuedAt = verified.getClaim(Claims.iat.name());
    long seconds;
    if (issuedAt instanceof Number number) {
      seconds = number.longValue();
    } else if (issuedAt instanceof JsonNumber number) {
      seconds = number.longValue();
    } else {
      return;
    }
    if (seconds > now / 1000 + clockSkewSeconds) {
      throw new ParseException("the token's iat is in the future beyond the allowed clock skew");
    }
  }

  private void keep(String bearer, JsonWebToken verified, long now) {
    long expires = verified.getExpirationTime() * 1000;
    if (bearer.length() > MAX_TOKEN_LENGTH || expires <= now) {
      return;
    }
    if (kept.size() >= MAX_TOKENS) {
      kept.values().removeIf(entry -> entry.untilMillis() <= now);
      if (kept.size() >= MAX_TOKENS) {
        return;
      }
    }
    kept.put(bearer, new Kept(verified, Math.min(now + KEPT_MILLIS, expires)));
  }
}
