package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.Website;

/**
 * R8: an organization's marketing profile, edited by its admins (or an agent) and read and searched
 * by the public. What the public sees names no person.
 */
public interface ManageProfile {

  /** Replaces the organization's profile with {@code command}'s content. */
  PublicProfile edit(Actor actor, OrganizationId organization, Edit command);

  /**
   * The profile as the public sees it on {@code asOf} (today when absent), with the competencies
   * its membership lets it show. No actor: it is public.
   *
   * @throws org.attain.application.error.NotFoundException when it has no profile
   */
  PublicProfile publicProfile(OrganizationId organization, Optional<LocalDate> asOf);

  /** Profiles matching {@code criteria} as the public sees them today. */
  Page<PublicProfile> search(MarketingProfiles.Criteria criteria, PageRequest request);

  /** What an admin writes on the profile. */
  record Edit(
      String description, List<Location> locations, List<Industry> industries, Website website) {
    public Edit {
      locations = locations == null ? List.of() : List.copyOf(locations);
      industries = industries == null ? List.of() : List.copyOf(industries);
    }
  }

  /** The public page: the organization's name and country, the profile, shown competencies. */
  record PublicProfile(
      OrganizationId organization,
      String name,
      CountryCode country,
      LocalDate day,
      MarketingProfile profile,
      List<Shown> competencies) {
    public PublicProfile {
      competencies = List.copyOf(competencies);
    }
  }

  /** A competency shown on a profile, named as in the catalog in force. */
  record Shown(CompetencyId competency, String name, Level level) {}
}
