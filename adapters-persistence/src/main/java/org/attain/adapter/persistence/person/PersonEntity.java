package org.attain.adapter.persistence.person;

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

/** A stored person with the history of their associations, oldest first. */
@Entity
@Table(name = "person")
public class PersonEntity {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String name;

  /** Lower-case, as the domain keeps it; unique in the table. */
  @Column(nullable = false, length = 254)
  private String email;

  @ElementCollection
  @CollectionTable(name = "person_association", joinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "list_index")
  private List<AssociationEmbeddable> associations = new ArrayList<>();

  /** Grows with every change, associations included; a stale one fails the update. */
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<AssociationEmbeddable> getAssociations() {
    return associations;
  }

  /**
   * Brings the stored history in line with {@code history}. The domain only ends the open
   * association and appends new ones, so rows are updated in place by position and new ones
   * inserted after them; an unchanged history writes nothing.
   */
  public void replaceAssociations(List<AssociationEmbeddable> history) {
    if (!associations.equals(history)) {
      associations.clear();
      associations.addAll(history);
    }
  }

  public Long getVersion() {
    return version;
  }
}
