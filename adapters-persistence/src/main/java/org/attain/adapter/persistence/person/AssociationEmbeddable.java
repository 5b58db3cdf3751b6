package org.attain.adapter.persistence.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.attain.domain.person.AssociationEnd;

/**
 * A stored association of a person with an organization. {@code openPersonId} repeats the person's
 * id while the association is open: its unique constraint lets the database refuse a second open
 * association of the same person.
 */
@Embeddable
public class AssociationEmbeddable {

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(nullable = false)
  private LocalDate since;

  private LocalDate until;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason", length = 20)
  private AssociationEnd endReason;

  @Column(name = "open_person_id")
  private UUID openPersonId;

  public UUID getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(UUID organizationId) {
    this.organizationId = organizationId;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public AssociationEnd getEndReason() {
    return endReason;
  }

  public void setEndReason(AssociationEnd endReason) {
    this.endReason = endReason;
  }

  public UUID getOpenPersonId() {
    return openPersonId;
  }

  public void setOpenPersonId(UUID openPersonId) {
    this.openPersonId = openPersonId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AssociationEmbeddable that
        && Objects.equals(organizationId, that.organizationId)
        && Objects.equals(since, that.since)
        && Objects.equals(until, that.until)
        && endReason == that.endReason
        && Objects.equals(openPersonId, that.openPersonId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organizationId, since, until, endReason, openPersonId);
  }
}
