package org.attain.application.port.in;

import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;

/**
 * R6: an organization's renewal-risk alerts. Its admins read them (open and acknowledged) and
 * acknowledge them; agents read any organization's.
 */
public interface ManageAlerts {

  /** The organization's alerts, newest first. */
  Page<Alert> list(Actor actor, OrganizationId organization, PageRequest request);

  /**
   * One alert of the organization.
   *
   * @throws org.attain.application.error.NotFoundException when it is not one of the organization's
   */
  Alert read(Actor actor, OrganizationId organization, AlertId alert);

  /** An admin of the organization acknowledges the alert today; again, it stays as first done. */
  Alert acknowledge(Actor actor, OrganizationId organization, AlertId alert);
}
