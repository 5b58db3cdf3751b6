package org.attain.adapter.persistence.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.Website;

/**
 * Marketing profiles stored with Hibernate ORM; runs inside the caller's unit of work. The search
 * is one query in the database (see {@link SearchQuery}), never a scan in Java.
 */
@ApplicationScoped
public class PanacheMarketingProfiles implements MarketingProfiles {

  private final MarketingProfileRepository repository;

  PanacheMarketingProfiles(MarketingProfileRepository repository) {
    this.repository = repository;
  }

  @Override
  public MarketingProfile save(MarketingProfile profile, Organization organization) {
    UUID id = profile.organization().value();
    MarketingProfileEntity entity;
    if (profile.version() == null) {
      if (repository.exists(id)) {
        throw ConflictException.concurrentUpdate();
      }
      entity = new MarketingProfileEntity();
      entity.setOrganizationId(id);
      fill(entity, profile, organization);
      repository.persist(entity);
    } else {
      entity =
          repository
              .findWhole(id)
              .filter(stored -> Objects.equals(stored.getVersion(), profile.version()))
              .orElseThrow(ConflictException::concurrentUpdate);
      fill(entity, profile, organization);
    }
    StoreConflicts.flush(repository.getEntityManager());
    return toDomain(entity);
  }

  @Override
  public Optional<MarketingProfile> findByOrganization(OrganizationId organization) {
    return repository.findWhole(organization.value()).map(PanacheMarketingProfiles::toDomain);
  }

  /**
   * Two statements whatever the page's size: the page's ids with the organizations' names and the
   * number of matches, then the page's profiles whole. A page past the last match counts apart.
   */
  @Override
  public Page<Listed> search(Criteria criteria, LocalDate day, PageRequest request) {
    SearchQuery query = SearchQuery.of(criteria, day);
    int firstRow = PagedIds.firstRow(request);
    List<MarketingProfileRepository.Hit> hits =
        firstRow < 0
            ? List.of()
            : repository.pageOfHits(
                query.where(), query.orderBy(), query.parameters(), firstRow, request.size());
    List<UUID> ids = hits.stream().map(MarketingProfileRepository.Hit::organization).toList();
    Map<UUID, MarketingProfileEntity> found = new HashMap<>();
    if (!ids.isEmpty()) {
      repository.findWhole(ids).forEach(entity -> found.put(entity.getOrganizationId(), entity));
    }
    List<Listed> items =
        hits.stream()
            .filter(hit -> found.containsKey(hit.organization()))
            .map(
                hit -> {
                  MarketingProfileEntity entity = found.get(hit.organization());
                  return new Listed(toDomain(entity), hit.name(), new CountryCode(hit.country()));
                })
            .toList();
    long total =
        hits.isEmpty()
            ? repository.countMatching(query.where(), query.whereParameters())
            : hits.getFirst().total();
    return new Page<>(items, request, total);
  }

  private static void fill(
      MarketingProfileEntity entity, MarketingProfile profile, Organization organization) {
    String searchable =
        Stream.concat(
                Stream.of(organization.name(), profile.description()),
                Stream.concat(
                    profile.industries().stream().map(Industry::label),
                    profile.locations().stream().map(Location::city)))
            .collect(Collectors.joining("\n"))
            .toLowerCase(Locale.ROOT);
    entity.replace(
        profile.description(),
        profile.websiteIfGiven().map(Website::value).orElse(null),
        organization.name().toLowerCase(Locale.ROOT),
        organization.country().value(),
        searchable,
        profile.locations().stream()
            .map(l -> new LocationEmbeddable(l.country().value(), l.city()))
            .toList(),
        profile.industries().stream().map(Industry::label).toList());
  }

  private static MarketingProfile toDomain(MarketingProfileEntity entity) {
    return new MarketingProfile(
        new OrganizationId(entity.getOrganizationId()),
        entity.getDescription(),
        entity.getLocations().stream()
            .map(l -> new Location(new CountryCode(l.getCountry()), l.getCity()))
            .toList(),
        entity.getIndustries().stream().map(Industry::new).toList(),
        entity.getWebsite() == null ? null : new Website(entity.getWebsite()),
        entity.getVersion());
  }
}
