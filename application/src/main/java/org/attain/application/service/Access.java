package org.attain.application.service;

import org.attain.application.error.AccessDeniedException;
import org.attain.application.port.in.Actor;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;

/** The object-level access rules shared by the use cases. */
final class Access {

  private Access() {}

  static void requireAgent(Actor actor) {
    if (!(actor instanceof Actor.Agent)) {
      throw new AccessDeniedException("only a programme agent may do this");
    }
  }

  static void requireAgentOrAdminOf(Actor actor, OrganizationId organization) {
    boolean allowed =
        switch (actor) {
          case Actor.Agent agent -> true;
          case Actor.PartnerAdmin admin -> admin.administers(organization);
          case Actor.PersonAccount person -> false;
        };
    if (!allowed) {
      throw new AccessDeniedException("only agents and this organization's admins may do this");
    }
  }

  static void requireAdminOf(Actor actor, OrganizationId organization) {
    if (!(actor instanceof Actor.PartnerAdmin admin && admin.administers(organization))) {
      throw new AccessDeniedException("only this organization's admins may do this");
    }
  }

  /** The person themself, an agent, or an admin of the organization the person counts for. */
  static void requireMayRead(Actor actor, Person person) {
    boolean allowed =
        switch (actor) {
          case Actor.Agent agent -> true;
          case Actor.PartnerAdmin admin ->
              person.currentOrganization().filter(admin::administers).isPresent();
          case Actor.PersonAccount self -> self.person().equals(person.id());
        };
    if (!allowed) {
      throw new AccessDeniedException("this person's account is not yours to read");
    }
  }
}
