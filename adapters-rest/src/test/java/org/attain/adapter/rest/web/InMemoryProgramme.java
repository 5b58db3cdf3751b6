package org.attain.adapter.rest.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.LocalDate;
import java.util.List;
import org.attain.adapter.rest.catalog.DefaultCatalog;
import org.attain.application.UseCases;
import org.attain.application.inmemory.InMemoryStores;
import org.attain.application.port.in.AskWhatIf;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.in.ListOrganizationsAtRisk;
import org.attain.application.port.in.ManageAlerts;
import org.attain.application.port.in.ManageBenefits;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.in.ManageMembership;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.in.ManageWarnings;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.ReadRobustness;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.port.in.ScanDaily;

/**
 * The real use cases, built by the application's own factory over its in-memory stores, with the
 * default catalog stored as version 1.
 */
@ApplicationScoped
public class InMemoryProgramme {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

  private final InMemoryStores stores = new InMemoryStores(TODAY);
  private final UseCases useCases = stores.useCases(notification -> {}, List.of());

  public InMemoryProgramme() {
    stores.catalogs.add(DefaultCatalog.catalog());
  }

  public InMemoryStores stores() {
    return stores;
  }

  @Produces
  RegisterOrganization registerOrganization() {
    return useCases.registerOrganization();
  }

  @Produces
  ManageWarnings manageWarnings() {
    return useCases.manageWarnings();
  }

  @Produces
  ListOrganizationsAtRisk listOrganizationsAtRisk() {
    return useCases.listOrganizationsAtRisk();
  }

  @Produces
  ReadOrganizations readOrganizations() {
    return useCases.readOrganizations();
  }

  @Produces
  RegisterPerson registerPerson() {
    return useCases.registerPerson();
  }

  @Produces
  ReadPersons readPersons() {
    return useCases.readPersons();
  }

  @Produces
  RecordAchievement recordAchievement() {
    return useCases.recordAchievement();
  }

  @Produces
  ChangeAssociation changeAssociation() {
    return useCases.changeAssociation();
  }

  @Produces
  ListMembers listMembers() {
    return useCases.listMembers();
  }

  @Produces
  ManageCatalog manageCatalog() {
    return useCases.manageCatalog();
  }

  @Produces
  ReadCompetencies readCompetencies() {
    return useCases.readCompetencies();
  }

  @Produces
  ReadRobustness readRobustness() {
    return useCases.readRobustness();
  }

  @Produces
  AskWhatIf askWhatIf() {
    return useCases.askWhatIf();
  }

  @Produces
  ManageMembership manageMembership() {
    return useCases.manageMembership();
  }

  @Produces
  ManageProfile manageProfile() {
    return useCases.manageProfile();
  }

  @Produces
  RecordMetrics recordMetrics() {
    return useCases.recordMetrics();
  }

  @Produces
  ManageBenefits manageBenefits() {
    return useCases.manageBenefits();
  }

  @Produces
  ManageReferrals manageReferrals() {
    return useCases.manageReferrals();
  }

  @Produces
  ManageOverrides manageOverrides() {
    return useCases.manageOverrides();
  }

  @Produces
  ReadAuditLog readAuditLog() {
    return useCases.readAuditLog();
  }

  @Produces
  ManageAlerts manageAlerts() {
    return useCases.manageAlerts();
  }

  @Produces
  ReadCompetencyHistory readCompetencyHistory() {
    return useCases.readCompetencyHistory();
  }

  @Produces
  ScanDaily scanDaily() {
    return useCases.scanDaily();
  }
}
