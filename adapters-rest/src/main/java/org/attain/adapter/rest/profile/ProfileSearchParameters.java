package org.attain.adapter.rest.profile;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.organization.CountryCode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The public search's {@code q} and {@code country} query parameters, checked at the edge. */
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

  public ProfileSearchParameters() {}

  /** The criteria asked for; call it once the parameters have been validated. */
  public MarketingProfiles.Criteria toCriteria() {
    return new MarketingProfiles.Criteria(
        Optional.ofNullable(q), Optional.ofNullable(country).map(CountryCode::new));
  }
}
