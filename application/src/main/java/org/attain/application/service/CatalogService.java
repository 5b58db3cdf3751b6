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
import org.attain.application.reaction.Reevaluations;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.shared.RuleViolationException;

/**
 * Reads the catalog and publishes new versions of it, which never rewrite the past. Each
 * publication is written to the audit log in the same unit of work. A version in force from today
 * re-evaluates the organizations with a paid membership (R6); one taking effect later changes
 * nothing today.
 */
public final class CatalogService implements ManageCatalog {

  private final Catalogs catalogs;
  private final AuditLog auditLog;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final Memberships memberships;
  private final Reevaluations reevaluations;

  public CatalogService(
      Catalogs catalogs,
      AuditLog auditLog,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      Memberships memberships,
      Reevaluations reevaluations) {
    this.catalogs = catalogs;
    this.auditLog = auditLog;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.memberships = memberships;
    this.reevaluations = reevaluations;
  }

  @Override
  public Catalog inForce(Optional<LocalDate> asOf) {
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(() -> inForce(catalogs, day));
  }

  @Override
  public List<Catalog> versions() {
    return unitOfWork.read(() -> catalogs.history().versions());
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
    return unitOfWork.run(
        () -> {
          CatalogHistory history = catalogs.history();
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
          Catalog next =
              new Catalog(
                  history.nextVersion(),
                  change.effectiveFrom(),
                  change.retiredCredentials(),
                  change.competencies());
          Catalog published = catalogs.add(next);
          auditLog.append(
              Audit.of(
                  clock,
                  (Actor.Agent) actor,
                  AuditAction.CATALOG_VERSION_PUBLISHED,
                  null,
                  String.valueOf(published.version()),
                  null,
                  publicationDetails(published)));
          if (published.effectiveFrom().equals(today)) {
            reevaluations.reevaluate(
                memberships.paidOn(today),
                today,
                new ChangeCause.CatalogChanged(published.version(), published.effectiveFrom()));
          }
          return published;
        });
  }

  private static Map<String, String> publicationDetails(Catalog published) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", String.valueOf(published.version()));
    details.put("effectiveFrom", published.effectiveFrom().toString());
    details.put("competencies", String.valueOf(published.competencies().size()));
    return details;
  }

  /** The catalog in force on {@code day}, or a refusal: evaluations need one. */
  static Catalog inForce(Catalogs catalogs, LocalDate day) {
    return catalogs
        .inForceOn(day)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    "no-catalog-in-force", "no competency catalog was in force on " + day));
  }
}
