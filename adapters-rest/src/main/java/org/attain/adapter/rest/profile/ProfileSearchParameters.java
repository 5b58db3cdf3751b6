package org.attain.adapter.rest.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import java.util.Optional;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.organization.CountryCode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public search's {@code q}, {@code country}, {@code competency} and {@code level} query
 * parameters, checked at the edge.
 */
public class ProfileSearchParameters {

  @QueryParam("q")
  @Size(max = MarketingProfiles.Criteria.MAX_TEXT_LENGTH)
  @Parameter(
      description =
          "Words to find, case-insensitive, in the organization's name, description, industries"
              + " or cities")
  String q;

  @QueryParam("country")
  @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
  @Parameter(description = "The organization's country, ISO 3166-1 alpha-2")
  String country;

  @QueryParam("competency")
  @Size(max = CompetencyId.MAX_LENGTH)
  @Pattern(
      regexp = "[a-z0-9]+(-[a-z0-9]+)*",
      message = "must be a competency id of the catalog, such as cloud-platform")
  @Parameter(description = "A competency the profile shows, by its catalog id (cloud-platform)")
  String competency;

  @QueryParam("level")
  @Pattern(regexp = "(?i)silver|gold", message = "must be SILVER or GOLD")
  @Parameter(
      description =
          "SILVER: profiles showing the competency (any, without `competency`) at Silver or Gold;"
              + " GOLD: showing it at Gold")
  String level;

  public ProfileSearchParameters() {}

  /** The criteria asked for; call it once the parameters have been validated. */
  public MarketingProfiles.Criteria toCriteria() {
    return new MarketingProfiles.Criteria(
        Optional.ofNullable(q),
        Optional.ofNullable(country).map(CountryCode::new),
        Optional.ofNullable(competency).map(CompetencyId::new),
        Optional.ofNullable(level).map(l -> Level.valueOf(l.toUpperCase(Locale.ROOT))));
  }
}
