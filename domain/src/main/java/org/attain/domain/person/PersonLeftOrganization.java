package org.attain.domain.person;

import java.time.LocalDate;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.DomainEvent;

/** A person's achievements stopped counting for an organization; the attainment may drop. */
public record PersonLeftOrganization(
    PersonId person, OrganizationId organization, AssociationEnd reason, LocalDate occurredOn)
    implements DomainEvent {}
