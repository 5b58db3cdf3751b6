package org.attain.application;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.port.in.AskWhatIf;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.DispatchOutbox;
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
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.port.out.WarningSettings;
import org.attain.application.reevaluation.BatchReevaluation;
import org.attain.application.reevaluation.CatalogCache;
import org.attain.application.reevaluation.Evaluations;
import org.attain.application.reevaluation.KeyPersonWatch;
import org.attain.application.reevaluation.ReevaluationObserver;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.application.reevaluation.RenewalRiskWatch;
import org.attain.application.reevaluation.TermRecordKeeper;
import org.attain.application.service.AskWhatIfService;
import org.attain.application.service.ChangeAssociationService;
import org.attain.application.service.DispatchOutboxService;
import org.attain.application.service.ListMembersService;
import org.attain.application.service.ListOrganizationsAtRiskService;
import org.attain.application.service.ManageAlertsService;
import org.attain.application.service.ManageBenefitsService;
import org.attain.application.service.ManageCatalogService;
import org.attain.application.service.ManageMembershipService;
import org.attain.application.service.ManageOverridesService;
import org.attain.application.service.ManageProfileService;
import org.attain.application.service.ManageReferralsService;
import org.attain.application.service.ManageWarningsService;
import org.attain.application.service.ReadAuditLogService;
import org.attain.application.service.ReadCompetenciesService;
import org.attain.application.service.ReadCompetencyHistoryService;
import org.attain.application.service.ReadOrganizationsService;
import org.attain.application.service.ReadPersonsService;
import org.attain.application.service.ReadRobustnessService;
import org.attain.application.service.RecordAchievementService;
import org.attain.application.service.RecordMetricsService;
import org.attain.application.service.RegisterOrganizationService;
import org.attain.application.service.RegisterPersonService;
import org.attain.application.service.ScanDailyService;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;

/**
 * Builds every use case from the ports it needs, once: the composition root and every test harness
 * call it, so the wiring is written in one place. Plain Java; the re-evaluation pipeline's
 * observers are listed here, in the order they are told.
 */
public final class UseCases {

  /** The outbound adapters, one per port. */
  public record Ports(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      Catalogs catalogs,
      MetricReports metrics,
      Memberships memberships,
      TermRecords termRecords,
      MarketingProfiles profiles,
      BenefitCatalogs benefitCatalogs,
      ClaimedBenefits claimedBenefits,
      Referrals referrals,
      Overrides overrides,
      AuditLog auditLog,
      Alerts alerts,
      WarningSettings warningSettings,
      OrganizationsAtRisk organizationsAtRisk,
      CompetencyHistories histories,
      Outbox outbox,
      Notifier notifier,
      Evidence evidence,
      DailyScans dailyScans,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {}

  /** The programme's policies and the settings of the background work. */
  public record Policies(
      AssociationPolicy association,
      MembershipPolicy membership,
      OverridePolicy overrides,
      DispatchOutboxService.Settings outbox,
      ScanDailyService.Settings dailyScan) {}

  private final ReevaluationPipeline pipeline;
  private final RegisterOrganization registerOrganization;
  private final ReadOrganizations readOrganizations;
  private final RegisterPerson registerPerson;
  private final ReadPersons readPersons;
  private final RecordAchievement recordAchievement;
  private final ChangeAssociation changeAssociation;
  private final ListMembers listMembers;
  private final ManageCatalog manageCatalog;
  private final RecordMetrics recordMetrics;
  private final ReadCompetencies readCompetencies;
  private final ReadRobustness readRobustness;
  private final AskWhatIf askWhatIf;
  private final ManageMembership manageMembership;
  private final ManageProfile manageProfile;
  private final ManageBenefits manageBenefits;
  private final ManageReferrals manageReferrals;
  private final ManageOverrides manageOverrides;
  private final ReadAuditLog readAuditLog;
  private final ManageAlerts manageAlerts;
  private final ManageWarnings manageWarnings;
  private final ListOrganizationsAtRisk listOrganizationsAtRisk;
  private final ReadCompetencyHistory readCompetencyHistory;
  private final DispatchOutbox dispatchOutbox;
  private final ScanDaily scanDaily;

  public UseCases(Ports ports, Policies policies) {
    this(ports, policies, List.of());
  }

  /**
   * @param alsoTold observers told after the programme's own, in this order: what a deployment (or
   *     a test) also wants to know of every re-evaluation
   */
  public UseCases(Ports ports, Policies policies, List<ReevaluationObserver> alsoTold) {
    UnitOfWork unitOfWork = ports.unitOfWork();
    ProgrammeClock clock = ports.clock();
    CatalogCache catalogs = new CatalogCache(ports.catalogs());
    Evaluations evaluations = new Evaluations(ports.evidence(), catalogs);
    List<ReevaluationObserver> observers = new ArrayList<>();
    observers.add(new TermRecordKeeper(ports.termRecords()));
    observers.add(new RenewalRiskWatch(ports.alerts(), ports.histories(), ports.outbox(), clock));
    observers.add(
        new KeyPersonWatch(
            ports.alerts(), ports.warningSettings(), ports.evidence(), ports.outbox(), clock));
    observers.addAll(alsoTold);
    pipeline =
        new ReevaluationPipeline(
            ports.organizations(), ports.memberships(), evaluations, observers);
    BatchReevaluation batches = new BatchReevaluation(pipeline, unitOfWork);

    registerOrganization = new RegisterOrganizationService(ports.organizations(), unitOfWork);
    readOrganizations = new ReadOrganizationsService(ports.organizations(), unitOfWork);
    registerPerson = new RegisterPersonService(ports.persons(), unitOfWork);
    readPersons = new ReadPersonsService(ports.persons(), unitOfWork);
    recordAchievement =
        new RecordAchievementService(
            ports.persons(), ports.achievements(), unitOfWork, clock, pipeline);
    changeAssociation =
        new ChangeAssociationService(
            ports.persons(),
            ports.organizations(),
            clock,
            policies.association(),
            unitOfWork,
            pipeline);
    listMembers =
        new ListMembersService(
            ports.organizations(), ports.persons(), ports.achievements(), unitOfWork);
    manageCatalog =
        new ManageCatalogService(
            ports.catalogs(),
            catalogs,
            ports.auditLog(),
            clock,
            unitOfWork,
            ports.memberships(),
            batches);
    recordMetrics =
        new RecordMetricsService(
            ports.organizations(), ports.metrics(), unitOfWork, clock, pipeline);
    readCompetencies = new ReadCompetenciesService(evaluations, clock, unitOfWork);
    readRobustness = new ReadRobustnessService(evaluations, ports.memberships(), clock, unitOfWork);
    askWhatIf =
        new AskWhatIfService(
            evaluations,
            ports.memberships(),
            ports.persons(),
            ports.achievements(),
            ports.alerts(),
            ports.warningSettings(),
            policies.membership(),
            clock,
            unitOfWork);
    manageMembership =
        new ManageMembershipService(
            ports.memberships(), evaluations, policies.membership(), clock, unitOfWork, pipeline);
    manageProfile =
        new ManageProfileService(
            ports.organizations(),
            catalogs,
            ports.profiles(),
            ports.termRecords(),
            clock,
            unitOfWork);
    manageBenefits =
        new ManageBenefitsService(
            ports.organizations(),
            evaluations,
            ports.memberships(),
            ports.benefitCatalogs(),
            ports.claimedBenefits(),
            ports.termRecords(),
            clock,
            unitOfWork);
    manageReferrals =
        new ManageReferralsService(ports.profiles(), ports.referrals(), clock, unitOfWork);
    manageOverrides =
        new ManageOverridesService(
            ports.organizations(),
            ports.persons(),
            catalogs,
            ports.overrides(),
            ports.auditLog(),
            policies.overrides(),
            clock,
            unitOfWork,
            pipeline);
    readAuditLog = new ReadAuditLogService(ports.auditLog(), unitOfWork);
    manageAlerts =
        new ManageAlertsService(ports.organizations(), ports.alerts(), clock, unitOfWork);
    manageWarnings =
        new ManageWarningsService(
            ports.organizations(), ports.warningSettings(), clock, unitOfWork, pipeline);
    listOrganizationsAtRisk =
        new ListOrganizationsAtRiskService(ports.organizationsAtRisk(), clock, unitOfWork);
    readCompetencyHistory =
        new ReadCompetencyHistoryService(ports.organizations(), ports.histories(), unitOfWork);
    dispatchOutbox =
        new DispatchOutboxService(
            ports.outbox(), ports.notifier(), unitOfWork, clock, policies.outbox());
    scanDaily =
        new ScanDailyService(
            ports.memberships(),
            ports.dailyScans(),
            batches,
            unitOfWork,
            clock,
            policies.dailyScan());
  }

  /** The re-evaluation pipeline every change goes through. */
  public ReevaluationPipeline pipeline() {
    return pipeline;
  }

  public RegisterOrganization registerOrganization() {
    return registerOrganization;
  }

  public ReadOrganizations readOrganizations() {
    return readOrganizations;
  }

  public RegisterPerson registerPerson() {
    return registerPerson;
  }

  public ReadPersons readPersons() {
    return readPersons;
  }

  public RecordAchievement recordAchievement() {
    return recordAchievement;
  }

  public ChangeAssociation changeAssociation() {
    return changeAssociation;
  }

  public ListMembers listMembers() {
    return listMembers;
  }

  public ManageCatalog manageCatalog() {
    return manageCatalog;
  }

  public RecordMetrics recordMetrics() {
    return recordMetrics;
  }

  public ReadCompetencies readCompetencies() {
    return readCompetencies;
  }

  public ReadRobustness readRobustness() {
    return readRobustness;
  }

  public AskWhatIf askWhatIf() {
    return askWhatIf;
  }

  public ManageMembership manageMembership() {
    return manageMembership;
  }

  public ManageProfile manageProfile() {
    return manageProfile;
  }

  public ManageBenefits manageBenefits() {
    return manageBenefits;
  }

  public ManageReferrals manageReferrals() {
    return manageReferrals;
  }

  public ManageOverrides manageOverrides() {
    return manageOverrides;
  }

  public ReadAuditLog readAuditLog() {
    return readAuditLog;
  }

  public ManageAlerts manageAlerts() {
    return manageAlerts;
  }

  public ManageWarnings manageWarnings() {
    return manageWarnings;
  }

  public ListOrganizationsAtRisk listOrganizationsAtRisk() {
    return listOrganizationsAtRisk;
  }

  public ReadCompetencyHistory readCompetencyHistory() {
    return readCompetencyHistory;
  }

  public DispatchOutbox dispatchOutbox() {
    return dispatchOutbox;
  }

  public ScanDaily scanDaily() {
    return scanDaily;
  }
}
