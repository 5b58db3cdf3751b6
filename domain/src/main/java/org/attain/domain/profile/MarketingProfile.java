package org.attain.domain.profile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/**
 * R8: the public page customers compare when choosing a partner, as its admin wrote it. It holds
 * nothing about persons; which competencies it shows is worked out by {@link ShownCompetencies}.
 *
 * @param website the organization's website, {@code null} if it gave none
 * @param version the optimistic-locking version of the stored state, {@code null} until stored
 */
public record MarketingProfile(
    OrganizationId organization,
    String description,
    List<Location> locations,
    List<Industry> industries,
    Website website,
    Long version) {

  public static final int MAX_DESCRIPTION_LENGTH = 2500;
  public static final int MAX_LOCATIONS = 5;
  public static final int MAX_INDUSTRIES = 10;

  public MarketingProfile {
    Guard.present(organization, "organizationId");
    description = Guard.multilineText(description, "description", MAX_DESCRIPTION_LENGTH);
    locations = ListGuard.of(locations, "locations", 0, MAX_LOCATIONS);
    ListGuard.distinct(
        locations, l -> l.country() + "/" + l.city().toLowerCase(Locale.ROOT), "locations", "city");
    industries = ListGuard.of(industries, "industries", 0, MAX_INDUSTRIES);
    ListGuard.distinct(industries, i -> i.label().toLowerCase(Locale.ROOT), "industries", "label");
  }

  public Optional<Website> websiteIfGiven() {
    return Optional.ofNullable(website);
  }
}
