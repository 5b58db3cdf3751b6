package org.attain.adapter.rest.security;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.attain.application.port.in.Actor;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;

/**
 * Says who a verified token speaks for. A token granting several roles acts in the widest one
 * (agent, then partner admin, then person), so that the answer never depends on claim order.
 */
public final class TokenActors {

  private TokenActors() {}

  /**
   * @param groups the roles the token grants
   * @param subject the token's {@code sub}
   * @param organization the text of the token's {@code org} claim, if any
   * @throws UnusableTokenException when the claims do not name a valid actor
   */
  public static Actor actorOf(Set<String> groups, String subject, String organization) {
    Set<String> roles = groups == null ? Set.of() : groups;
    try {
      if (roles.contains(Roles.AGENT)) {
        return new Actor.Agent(subject);
      }
      if (roles.contains(Roles.PARTNER_ADMIN)) {
        return new Actor.PartnerAdmin(
            subject,
            new OrganizationId(
                uuid(
                    organization,
                    "a partner-admin token needs an org claim holding the id of the organization")));
      }
      if (roles.contains(Roles.PERSON)) {
        return new Actor.PersonAccount(
            new PersonId(uuid(subject, "a person token needs the person's id as its subject")));
      }
    } catch (InvalidValueException invalid) {
      throw new UnusableTokenException(
          "the token's claims are not usable: " + invalid.getMessage());
    }
    throw new UnusableTokenException(
        "the token grants none of the roles agent, partner-admin or person");
  }

  /** A UUID in its canonical form only: {@code UUID.fromString} also accepts "1-2-3-4-5". */
  private static UUID uuid(String text, String refusal) {
    if (text != null) {
      try {
        UUID uuid = UUID.fromString(text);
        if (uuid.toString().equals(text.toLowerCase(Locale.ROOT))) {
          return uuid;
        }
      } catch (IllegalArgumentException notAUuid) {
        // refused below
      }
    }
    throw new UnusableTokenException(refusal);
  }
}
