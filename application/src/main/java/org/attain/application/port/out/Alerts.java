package org.attain.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;

/** The store of renewal-risk alerts (R6). */
public interface Alerts {

  /**
   * Stores a new alert or a change to a stored one and returns it as now stored, its version one
   * more than the one it was read with (0 for a new one).
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer, or
   *     when the organization already has an ongoing alert of the same kind (a database enforces it
   *     with a unique index on organization and kind where the alert has not ended)
   */
  Alert save(Alert alert);

  Optional<Alert> findById(AlertId id);

  /** The organization's alerts whose situation has not ended, oldest first. */
  default List<Alert> ongoing(OrganizationId organization) {
    return ongoing(List.of(organization)).getOrDefault(organization, List.of());
  }

  /**
   * The ongoing alerts of each of {@code organizations} that has any, oldest first, in one read.
   */
  Map<OrganizationId, List<Alert>> ongoing(Collection<OrganizationId> organizations);

  /** The organization's alerts, open and acknowledged, newest raised first (then by id). */
  Page<Alert> of(OrganizationId organization, PageRequest request);
}
