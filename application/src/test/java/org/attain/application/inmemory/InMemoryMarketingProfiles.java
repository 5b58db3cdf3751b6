package org.attain.application.inmemory;

import java.time.LocalDate;
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
import org.attain.domain.catalog.Level;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;

/**
 * Marketing profiles kept in a map, searched the way the database searches them, with the shown
 * competencies of the term records it is given.
 */
public final class InMemoryMarketingProfiles implements MarketingProfiles, Snapshotting {

  private final InMemoryTermRecords termRecords;

  /** Profiles that show no competency to the search. */
  public InMemoryMarketingProfiles() {
    this(new InMemoryTermRecords());
  }

  /** Profiles whose search reads the competencies shown in {@code termRecords}. */
  public InMemoryMarketingProfiles(InMemoryTermRecords termRecords) {
    this.termRecords = termRecords;
  }

  /** A profile with what the search reads of its organization. */
  private record Stored(MarketingProfile profile, String name, CountryCode country) {

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

  private final Map<OrganizationId, Stored> stored = new HashMap<>();

  @Override
  public synchronized MarketingProfile save(MarketingProfile profile, Organization organization) {
    Stored current = stored.get(profile.organization());
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
        saved.organization(), new Stored(saved, organization.name(), organization.country()));
    return saved;
  }

  @Override
  public synchronized Optional<MarketingProfile> findByOrganization(OrganizationId organization) {
    return Optional.ofNullable(stored.get(organization)).map(Stored::profile);
  }

  @Override
  public synchronized Page<Listed> search(Criteria criteria, LocalDate day, PageRequest request) {
    return Paging.page(
        stored.values().stream()
            .filter(l -> criteria.text().map(t -> l.searchable().contains(t)).orElse(true))
            .filter(l -> criteria.country().map(c -> c.equals(l.country())).orElse(true))
            .filter(l -> !criteria.byShown() || shows(l, criteria, day))
            .sorted(
                Comparator.comparingInt((Stored l) -> textRank(l, criteria))
                    .thenComparing(l -> -gold(l, day))
                    .thenComparing(l -> l.name().toLowerCase(Locale.ROOT))
                    .thenComparing(l -> l.profile().organization().value()))
            .map(l -> new Listed(l.profile(), l.name(), l.country()))
            .toList(),
        request);
  }

  private boolean shows(Stored listed, Criteria criteria, LocalDate day) {
    return termRecords.shownOn(listed.profile().organization(), day).stream()
        .filter(s -> criteria.competency().map(s.competency()::equals).orElse(true))
        .anyMatch(s -> criteria.level().map(l -> l == Level.SILVER || l == s.level()).orElse(true));
  }

  private long gold(Stored listed, LocalDate day) {
    return termRecords.shownOn(listed.profile().organization(), day).stream()
        .filter(s -> s.level() == Level.GOLD)
        .count();
  }

  /** 0 for a hit in the name, 1 in an industry, 2 elsewhere or without text. */
  private static int textRank(Stored listed, Criteria criteria) {
    if (criteria.text().isEmpty()) {
      return 2;
    }
    String text = criteria.text().get();
    if (listed.name().toLowerCase(Locale.ROOT).contains(text)) {
      return 0;
    }
    return listed.profile().industries().stream()
            .anyMatch(i -> i.label().toLowerCase(Locale.ROOT).contains(text))
        ? 1
        : 2;
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, Stored> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }
}
