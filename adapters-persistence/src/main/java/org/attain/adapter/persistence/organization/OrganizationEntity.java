package org.attain.adapter.persistence.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.attain.domain.organization.Market;

/** A stored partner organization with its admin contacts, in their order. */
@Entity
@Table(name = "organization")
public class OrganizationEntity {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Market market;

  @ElementCollection
  @CollectionTable(name = "organization_admin", joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "list_index")
  private List<AdminContactEmbeddable> admins = new ArrayList<>();

  /** Grows with every change, admin contacts included; a stale one fails the update. */
  @Version
  @Column(nullable = false)
  private Long version;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Market getMarket() {
    return market;
  }

  public void setMarket(Market market) {
    this.market = market;
  }

  public List<AdminContactEmbeddable> getAdmins() {
    return admins;
  }

  /**
   * Replaces the admin contacts when they differ; an unchanged list is left alone so that saving an
   * unchanged organization writes nothing and keeps its version.
   */
  public void replaceAdmins(List<AdminContactEmbeddable> replacement) {
    if (!admins.equals(replacement)) {
      admins.clear();
      admins.addAll(replacement);
    }
  }

  public Long getVersion() {
    return version;
  }
}
