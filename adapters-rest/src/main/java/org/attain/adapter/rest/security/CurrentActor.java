package org.attain.adapter.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.attain.application.port.in.Actor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The actor of the current request, read from its verified bearer token. */
@RequestScoped
public class CurrentActor {

  static final String ORGANIZATION_CLAIM = "org";

  private final JsonWebToken token;
  private Actor actor;

  @Inject
  public CurrentActor(JsonWebToken token) {
    this.token = token;
  }

  /**
   * @throws UnusableTokenException when the token does not name a valid actor
   */
  public Actor get() {
    if (actor == null) {
      actor =
          TokenActors.actorOf(
              token.getGroups(), token.getSubject(), text(token.getClaim(ORGANIZATION_CLAIM)));
    }
    return actor;
  }

  /** Custom claims come as JSON values or as strings, depending on how the token was parsed. */
  private static String text(Object claim) {
    return switch (claim) {
      case String text -> text;
      case JsonString json -> json.getString();
      case null, default -> null;
    };
  }
}
