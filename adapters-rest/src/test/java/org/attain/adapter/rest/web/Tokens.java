package org.attain.adapter.rest.web;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import java.util.UUID;

/** Signed bearer tokens for each role, verified by the service like any other. */
final class Tokens {

  private Tokens() {}

  static String agent() {
    return "Bearer " + Jwt.subject("agent-smith").groups(Set.of("agent")).sign();
  }

  static String adminOf(String organizationId) {
    return "Bearer "
        + Jwt.subject("admin-" + organizationId)
            .groups(Set.of("partner-admin"))
            .claim("org", organizationId)
            .sign();
  }

  static String adminWithoutOrganization() {
    return "Bearer " + Jwt.subject("admin-x").groups(Set.of("partner-admin")).sign();
  }

  static String person(String personId) {
    return "Bearer " + Jwt.subject(personId).groups(Set.of("person")).sign();
  }

  static String expired() {
    long past = System.currentTimeMillis() / 1000 - 3600;
    return "Bearer "
        + Jwt.subject("agent-smith")
            .groups(Set.of("agent"))
            .issuedAt(past - 600)
            .expiresAt(past)
            .sign();
  }

  /** An agent's token that expires {@code seconds} from now (negative: that long ago). */
  static String agentExpiringIn(long seconds) {
    long now = System.currentTimeMillis() / 1000;
    return "Bearer "
        + Jwt.subject("agent-smith")
            .groups(Set.of("agent"))
            .issuedAt(Math.min(now, now + seconds) - 60)
            .expiresAt(now + seconds)
            .sign();
  }

  /** An agent's token whose {@code iat} is {@code seconds} from now, valid for an hour after. */
  static String agentIssuedIn(long seconds) {
    long issued = System.currentTimeMillis() / 1000 + seconds;
    return "Bearer "
        + Jwt.subject("agent-smith")
            .groups(Set.of("agent"))
            .issuedAt(issued)
            .expiresAt(issued + 3600)
            .sign();
  }

  static String unknownRole() {
    return "Bearer " + Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("guest")).sign();
  }
}
