package org.attain.adapter.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's base path and the description that heads its OpenAPI document. It is a JAX-RS {@link
 * Application} only because that is where the OpenAPI scanner reads these annotations; it does not
 * change any path nor limit which resources are served.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Attain API",
            version = "v1",
            description =
                "Competency and membership rules of a partner programme. Every error is an RFC 9457"
                    + " application/problem+json document whose `code` is stable."),
    tags = {
      @Tag(name = "Organizations", description = "Partner organizations and their persons"),
      @Tag(name = "Persons", description = "Persons' accounts and their association (R3)"),
      @Tag(name = "Achievements", description = "What persons earned"),
      @Tag(name = "Catalog", description = "The competency catalog and its versions (R1)"),
      @Tag(
          name = "Competencies",
          description =
              "What an organization has attained, with progress and contributors (R1, R2)"),
      @Tag(name = "Metrics", description = "Organizations' reported performance metrics"),
      @Tag(
          name = "Memberships",
          description = "Buying, upgrading and renewing memberships, and reading them (R4, R5)"),
      @Tag(
          name = "Profiles",
          description =
              "Marketing profiles: written by admins, read and searched by the public (R8)"),
      @Tag(
          name = "Benefits",
          description = "The benefits catalog, organizations' entitlements and their claims (R9)"),
      @Tag(
          name = "Referrals",
          description =
              "Referrals: sent by customers from profiles, answered by the partner's admins (R8)"),
      @Tag(
          name = "Overrides",
          description = "Agents' overrides of an organization's achievements, until a date (R7)"),
      @Tag(name = "Audit log", description = "Who did what, when and why; append-only"),
      @Tag(
          name = "Alerts",
          description =
              "Renewal-risk alerts: read by the organization's admins and agents, acknowledged by"
                  + " its admins (R6)"),
      @Tag(
          name = "Key persons and what-if",
          description =
              "Who each level rests on, how many departures would lose it, and what hypothetical"
                  + " changes would give; nothing is stored (issue 13)"),
      @Tag(
          name = "Organizations at risk",
          description =
              "For agents: the paid members resting on one person or lapsing soon, most at risk"
                  + " first, from stored alerts and terms (issue 13)"),
      @Tag(
          name = "Competency history",
          description =
              "Every change of state of an organization's competencies, with its cause (R6)")
    })
@SecurityScheme(
    securitySchemeName = Api.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "A signed JWT. Roles in `groups`: `agent`, `partner-admin` (with claim `org`, the"
            + " organization's id) or `person` (with `sub`, the person's id).")
public class Api extends Application {

  public static final String BASE = "/api/v1";
  public static final String BEARER = "bearer";
}
