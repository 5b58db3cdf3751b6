package org.attain.adapter.rest.profile;

import java.util.ArrayList;
import java.util.List;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.ManageProfile;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.Website;
import org.attain.domain.shared.InvalidValueException;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps profile requests to the edit command and public profiles to responses. */
@Mapper(config = MappingConfig.class)
public interface ProfileMapper extends ValueMappings {

  @Mapping(target = "organizationId", source = "organization")
  @Mapping(target = "asOf", source = "day")
  @Mapping(target = "description", source = "profile.description")
  @Mapping(target = "locations", source = "profile.locations")
  @Mapping(target = "industries", source = "profile.industries")
  @Mapping(target = "website", source = "profile.website")
  ProfileResponse toResponse(ManageProfile.PublicProfile profile);

  LocationResponse toResponse(Location location);

  @Mapping(target = "id", source = "competency")
  ShownCompetencyResponse toResponse(ManageProfile.Shown shown);

  default String text(Industry industry) {
    return industry == null ? null : industry.label();
  }

  default String text(Website website) {
    return website == null ? null : website.value();
  }

  /** Each value built at its place, so that a refused one is reported with its field. */
  default ManageProfile.Edit toCommand(EditProfileRequest request) {
    List<LocationRequest> asked = request.locations() == null ? List.of() : request.locations();
    List<Location> locations = new ArrayList<>(asked.size());
    for (int i = 0; i < asked.size(); i++) {
      LocationRequest location = asked.get(i);
      String at = "locations[" + i + "]";
      if (location == null) {
        throw new InvalidValueException(at, "a location is required");
      }
      CountryCode country =
          RequestFields.at(at + ".country", () -> new CountryCode(location.country()));
      locations.add(RequestFields.at(at + ".city", () -> new Location(country, location.city())));
    }
    List<String> labels = request.industries() == null ? List.of() : request.industries();
    List<Industry> industries = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      industries.add(RequestFields.at("industries[" + i + "]", () -> new Industry(label)));
    }
    Website website =
        request.website() == null
            ? null
            : RequestFields.at("website", () -> new Website(request.website()));
    return new ManageProfile.Edit(request.description(), locations, industries, website);
  }
}
