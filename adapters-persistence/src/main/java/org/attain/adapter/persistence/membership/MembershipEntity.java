package org.attain.adapter.persistence.membership;

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
import org.attain.domain.membership.MembershipLevel;

/**
 * A stored membership: one row per organization that ever bought a level, with its purchases in the
 * order they were made. An organization without a row is a network member.
 */
@Entity
@Table(name = "membership")
public class MembershipEntity {

  @Id
  @Column(name = "organization_id")
  private UUID organizationId;

  /** The level of the latest purchase, for queries; the purchases' terms decide the level. */
  @Enumerated(EnumType.STRING)
  @Column(name = "latest_level", nullable = false, length = 16)
  private MembershipLevel latestLevel;

  @ElementCollection
  @CollectionTable(
      name = "membership_purchase",
      joinColumns = @JoinColumn(name = "organization_id"))
  @OrderColumn(name = "list_index")
  private List<MembershipPurchaseEmbeddable> purchases = new ArrayList<>();

  /** Grows with every purchase recorded; a stale one fails the update. */
  @Version
  @Column(nullable = false)
  private Long version;

  public UUID getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(UUID organizationId) {
    this.organizationId = organizationId;
  }

  public MembershipLevel getLatestLevel() {
    return latestLevel;
  }

  public List<MembershipPurchaseEmbeddable> getPurchases() {
    return purchases;
  }

  /** Appends purchases made since this row was read: the history is only ever extended. */
  public void append(List<MembershipPurchaseEmbeddable> made) {
    purchases.addAll(made);
    if (!purchases.isEmpty()) {
      latestLevel = purchases.getLast().getLevel();
    }
  }

  public Long getVersion() {
    return version;
  }
}
