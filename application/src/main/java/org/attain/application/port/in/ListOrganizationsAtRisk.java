package org.attain.application.port.in;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.risk.OrganizationAtRisk;

/**
 * Issue 13, for programme agents only: the paid members whose membership rests on one person or
 * lapses within {@code lapsingWithinDays} days of today, most at risk first.
 */
public interface ListOrganizationsAtRisk {

  Page<OrganizationAtRisk> list(Actor actor, int lapsingWithinDays, PageRequest request);
}
