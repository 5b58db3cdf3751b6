package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.shared.Guard;

/**
 * The store of marketing profiles (R8). It keeps the organization's name and country beside each
 * profile so that the public search is one query on the store, not a scan in Java.
 */
public interface MarketingProfiles {

  /**
   * Stores a new profile or a change to a stored one, with {@code organization}'s name and country
   * for searching, and returns it as now stored, its version one more than the one it was read with
   * (0 for a new one).
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer, or a
   *     profile is stored already for a new one
   */
  MarketingProfile save(MarketingProfile profile, Organization organization);

  /** The organization's profile; empty if its admins never wrote one. */
  Optional<MarketingProfile> findByOrganization(OrganizationId organization);

  /**
   * The profiles that match {@code criteria} on {@code day}, most relevant first: with a text, a
   * hit in the organization's name, then in its industries, then elsewhere (description, cities);
   * then the more competencies shown at Gold that day; then by name (case-insensitive), then id.
   * The competency and level filters read what the profile shows that day ({@link TermRecords}). A
   * fixed number of reads whatever the page's size.
   */
  Page<Listed> search(Criteria criteria, LocalDate day, PageRequest request);

  /** A profile found by a search, with the organization's name and country as stored beside it. */
  record Listed(MarketingProfile profile, String organizationName, CountryCode country) {}

  /**
   * What the public searches by: {@code text} anywhere in the organization's name, description,
   * industries or cities (case-insensitive), the organization's country, and a competency the
   * profile shows, at a level.
   *
   * @param text lower-cased and trimmed; empty when blank
   * @param competency a competency the profile shows (at {@code level} when given)
   * @param level SILVER: some competency shown (Silver or Gold); GOLD: some shown at Gold
   */
  record Criteria(
      Optional<String> text,
      Optional<CountryCode> country,
      Optional<CompetencyId> competency,
      Optional<Level> level) {

    public static final int MAX_TEXT_LENGTH = 100;

    public Criteria {
      text = text.map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT));
      text.ifPresent(
          t ->
              Guard.check(
                  t.length() <= MAX_TEXT_LENGTH,
                  "q",
                  "q must be at most " + MAX_TEXT_LENGTH + " characters"));
    }

    /** By text and country only. */
    public Criteria(Optional<String> text, Optional<CountryCode> country) {
      this(text, country, Optional.empty(), Optional.empty());
    }

    public static Criteria any() {
      return new Criteria(Optional.empty(), Optional.empty());
    }

    /** Whether the search looks at the competencies shown at all. */
    public boolean byShown() {
      return competency.isPresent() || level.isPresent();
    }
  }
}
