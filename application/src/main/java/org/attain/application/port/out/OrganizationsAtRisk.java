package org.attain.application.port.out;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.risk.LapseHorizon;
import org.attain.domain.risk.OrganizationAtRisk;

/**
 * Issue 13, the agents' view across the programme, read from what is stored (the ongoing alerts the
 * re-evaluation pipeline keeps and the purchased terms), never by evaluating an organization.
 */
public interface OrganizationsAtRisk {

  /**
   * The organizations with a paid level on {@code horizon.today()} (a purchase whose term, renewal
   * window included, holds that day) whose membership rests on one person (an ongoing key-person
   * warning) or whose latest term bought lapses within {@code horizon}, ordered by {@link
   * OrganizationAtRisk#MOST_AT_RISK_FIRST}.
   */
  Page<OrganizationAtRisk> find(LapseHorizon horizon, PageRequest request);
}
