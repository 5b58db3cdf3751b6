package org.attain.adapter.persistence.profile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stored marketing profile with its locations and industries, and the organization's name key,
 * country and searchable text that the public search reads (see V4__marketing_profiles.sql).
 */
@Entity
@Table(name = "marketing_profile")
public class MarketingProfileEntity {

  @Id
  @Column(name = "organization_id")
  private UUID organizationId;

  @Column(nullable = false, length = 2500)
  private String description;

  @Column(length = 2000)
  private String website;

  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = 4000)
  private String searchable;

  @ElementCollection
  @CollectionTable(
      name = "marketing_profile_location",
      joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "list_index")
  private List<LocationEmbeddable> locations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "marketing_profile_industry",
      joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "label", nullable = false, length = 50)
  private List<String> industries = new ArrayList<>();

  /** Grows with every change; a stale one fails the update. */
  @Version
  @Column(nullable = false)
  private Long version;

  public UUID getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(UUID organizationId) {
    this.organizationId = organizationId;
  }

  public String getDescription() {
    return description;
  }

  public String getWebsite() {
    return website;
  }

  public List<LocationEmbeddable> getLocations() {
    return locations;
  }

  public List<String> getIndustries() {
    return industries;
  }

  public Long getVersion() {
    return version;
  }

  /** Replaces the whole content; the collections are rewritten, which also grows the version. */
  void replace(
      String description,
      String website,
      String nameKey,
      String country,
      String searchable,
      List<LocationEmbeddable> locations,
      List<String> industries) {
    this.description = description;
    this.website = website;
    this.nameKey = nameKey;
    this.country = country;
    this.searchable = searchable;
    this.locations.clear();
    this.locations.addAll(locations);
    this.industries.clear();
    this.industries.addAll(industries);
  }
}
