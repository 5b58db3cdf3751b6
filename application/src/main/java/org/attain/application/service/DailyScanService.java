package org.attain.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reaction.Reevaluations;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;

/**
 * R6, R7: the daily scan. Each paid organization is re-evaluated on the day with the cause {@code
 * TimePassed}, or {@code OverrideEnded} when one of its overrides held for the last time yesterday
 * (the earliest granted, if several), so that the history and the alerts name the override.
 */
public final class DailyScanService implements ScanDaily {

  private static final System.Logger LOG = System.getLogger(DailyScanService.class.getName());

  private final Memberships memberships;
  private final Overrides overrides;
  private final Reevaluations reevaluations;
  private final UnitOfWork unitOfWork;

  public DailyScanService(
      Memberships memberships,
      Overrides overrides,
      Reevaluations reevaluations,
      UnitOfWork unitOfWork) {
    this.memberships = memberships;
    this.overrides = overrides;
    this.reevaluations = reevaluations;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Outcome run(LocalDate today) {
    List<OrganizationId> paid = unitOfWork.read(() -> memberships.paidOn(today));
    List<OrganizationId> scanned = new ArrayList<>();
    List<OrganizationId> failed = new ArrayList<>();
    for (OrganizationId organization : paid) {
      try {
        unitOfWork.run(
            () -> {
              reevaluations.reevaluate(List.of(organization), today, cause(organization, today));
              return null;
            });
        scanned.add(organization);
      } catch (RuntimeException e) {
        // One organization's failure must not hold back the others' alerts.
        LOG.log(
            System.Logger.Level.ERROR,
            "daily scan of " + today + " failed for organization " + organization,
            e);
        failed.add(organization);
      }
    }
    return new Outcome(scanned, failed);
  }

  private ChangeCause cause(OrganizationId organization, LocalDate today) {
    LocalDate yesterday = today.minusDays(1);
    Optional<AgentOverride> ended =
        overrides.ofOrganization(organization).stream()
            .filter(o -> o.effectiveLastDay().filter(yesterday::equals).isPresent())
            .min(Comparator.comparing(AgentOverride::grantedOn));
    return ended
        .<ChangeCause>map(
            o -> new ChangeCause.OverrideEnded(o.id(), o.competency(), o.grant(), yesterday))
        .orElseGet(() -> new ChangeCause.TimePassed(today));
  }
}
