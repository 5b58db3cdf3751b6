package org.attain.application.port.in;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/** Reading organizations: agents read all, a partner admin only their own. */
public interface ReadOrganizations {

  Organization get(Actor actor, OrganizationId id);

  /** Agents page through every organization; a partner admin sees their own only. */
  Page<Organization> list(Actor actor, PageRequest request);
}
