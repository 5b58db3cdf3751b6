package org.attain.application.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;

/** Marketing profiles kept in a map, searched the way the database searches them. */
public final class InMemoryMarketingProfiles implements MarketingProfiles, Snapshotting {

  /** A profile with what the search reads of its organization. */
  private record Listed(MarketingProfile profile, String name, CountryCode country) {

    String searchable() {
      return Stream.concat(
              Stream.of(name, profile.description()),
              Stream.concat(
                  profile.industries().stream().map(Industry::label),
                  profile.locations().stream().map(Location::city)))
          .collect(Collectors.joining("\n"))
          .toLowerCase(Locale.ROOT);
    }
  }

  private final Map<OrganizationId, Listed> stored = new HashMap<>();

  @Override
  public synchronized MarketingProfile save(MarketingProfile profile, Organization organization) {
    Listed current = stored.get(profile.organization());
    long version =
        Versions.next(current == null ? null : current.profile().version(), profile.version());
    MarketingProfile saved =
        new MarketingProfile(
            profile.organization(),
            profile.description(),
            profile.locations(),
            profile.industries(),
            profile.website(),
            version);
    stored.put(
        saved.organization(), new Listed(saved, organization.name(), organization.country()));
    return saved;
  }

  @Override
  public synchronized Optional<MarketingProfile> findByOrganization(OrganizationId organization) {
    return Optional.ofNullable(stored.get(organization)).map(Listed::profile);
  }

  @Override
  public synchronized Page<MarketingProfile> search(Criteria criteria, PageRequest request) {
    return Paging.page(
        stored.values().stream()
            .filter(l -> criteria.text().map(t -> l.searchable().contains(t)).orElse(true))
            .filter(l -> criteria.country().map(c -> c.equals(l.country())).orElse(true))
            .sorted(
                Comparator.comparing((Listed l) -> l.name().toLowerCase(Locale.ROOT))
                    .thenComparing(l -> l.profile().organization().value()))
            .map(Listed::profile)
            .toList(),
        request);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, Listed> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }
}
