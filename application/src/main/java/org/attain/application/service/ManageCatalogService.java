package org.attain.application.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.BatchReevaluation;
import org.attain.application.reevaluation.CatalogCache;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.RuleViolationException;

/**
 * Reads the catalog and publishes new versions of it, which never rewrite the past. Each
 * publication is written to the audit log in the same unit of work. A version in force from today
 * then re-evaluates the organizations with a paid membership (R6), a page at a time, each changed
 * one in a unit of work of its own; one taking effect later changes nothing today.
 */
public final class ManageCatalogService implements ManageCatalog {

  /** How many paid organizations a catalog change re-evaluates per read. */
  private static final int PAGE_SIZE = 500;

  private final Catalogs catalogs;
  private final CatalogCache cache;
  private final AuditLog auditLog;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final Memberships memberships;
  private final BatchReevaluation batches;

  public ManageCatalogService(
      Catalogs catalogs,
      CatalogCache cache,
      AuditLog auditLog,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      Memberships memberships,
      BatchReevaluation batches) {
    this.catalogs = catalogs;
    this.cache = cache;
    this.auditLog = auditLog;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.memberships = memberships;
    this.batches = batches;
  }

  @Override
  public Catalog inForce(Optional<LocalDate> asOf) {
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(() -> cache.inForceOn(day));
  }

  @Override
  public List<Catalog> versions() {
    return unitOfWork.read(() -> cache.history().versions());
  }

  @Override
  public Catalog publish(Actor actor, Change change) {
    Access.requireAgent(actor);
    LocalDate today = clock.today();
    if (change.effectiveFrom().isBefore(today)) {
      throw new RuleViolationException(
          "catalog-effective-in-the-past",
          "a catalog change takes effect today or later, not on " + change.effectiveFrom());
    }
    Catalog published = unitOfWork.run(() -> add(actor, change));
    if (published.effectiveFrom().equals(today)) {
      reevaluatePaid(
          today, new ChangeCause.CatalogChanged(published.version(), published.effectiveFrom()));
    }
    return published;
  }

  private Catalog add(Actor actor, Change change) {
    CatalogHistory history = cache.history();
    history.versions().stream()
        .map(Catalog::effectiveFrom)
        .filter(latest -> !change.effectiveFrom().isAfter(latest))
        .findAny()
        .ifPresent(
            latest -> {
              throw new RuleViolationException(
                  "catalog-effective-too-early",
                  "the latest version takes effect on %s; a new one must take effect later"
                      .formatted(latest));
            });
    Catalog published =
        catalogs.add(
            new Catalog(
                history.nextVersion(),
                change.effectiveFrom(),
                change.retiredCredentials(),
                change.competencies()));
    auditLog.append(
        Audit.of(
            clock,
            (Actor.Agent) actor,
            AuditAction.CATALOG_VERSION_PUBLISHED,
            null,
            String.valueOf(published.version()),
            null,
            publicationDetails(published)));
    return published;
  }

  private void reevaluatePaid(LocalDate today, ChangeCause cause) {
    Optional<OrganizationId> after = Optional.empty();
    while (true) {
      Optional<OrganizationId> from = after;
      List<OrganizationId> page = unitOfWork.read(() -> memberships.paidOn(today, from, PAGE_SIZE));
      if (page.isEmpty()) {
        return;
      }
      batches.run(page, today, evaluated -> cause);
      after = Optional.of(page.getLast());
    }
  }

  private static Map<String, String> publicationDetails(Catalog published) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", String.valueOf(published.version()));
    details.put("effectiveFrom", published.effectiveFrom().toString());
    details.put("competencies", String.valueOf(published.competencies().size()));
    return details;
  }
}
