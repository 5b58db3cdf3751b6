package org.attain.domain.person;

import java.time.LocalDate;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.DomainEvent;

/** A person's achievements started counting for an organization. */
public record PersonJoinedOrganization(
    PersonId person, OrganizationId organization, LocalDate occurredOn) implements DomainEvent {}
