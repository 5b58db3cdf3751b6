package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.RiskSamples.anAlert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.membership.PurchaseDecision;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.LapseHorizon;
import org.attain.domain.risk.OrganizationAtRisk;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link OrganizationsAtRisk} must do. The stores may be shared with
 * other tests and never emptied, so each test finds its own organizations in the whole list, read a
 * page at a time. Terms are bought a year before {@link #TODAY} give or take days, under the
 * anniversary rule (30-day renewal window): bought on {@code TODAY + k - 1 year}, a term has {@code
 * k} days left today.
 */
public abstract class OrganizationsAtRiskContract {

  protected static final LocalDate TODAY = LocalDate.of(2029, 5, 20);
  protected static final LapseHorizon THIRTY_DAYS = new LapseHorizon(TODAY, 30);

  protected abstract OrganizationsAtRisk organizationsAtRisk();

  protected abstract Organizations organizations();

  protected abstract Memberships memberships();

  protected abstract Alerts alerts();

  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Test
  public void aMemberRestingOnOnePersonIsListedSinceItsWarningWithItsOngoingAlerts() {
    OrganizationId organization = memberWithDaysLeft(200, MembershipLevel.GOLD);
    Alert warning =
        save(anAlert(organization, AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, TODAY.minusDays(9)));
    Alert lapseAhead = save(anAlert(organization, AlertKind.LAPSE_AHEAD, TODAY.minusDays(2)));
    Alert ended = save(anAlert(organization, AlertKind.RENEWAL_AT_RISK, TODAY.minusDays(20)));
    save(ended.ended(TODAY.minusDays(15)));

    OrganizationAtRisk row = rowOf(organization, THIRTY_DAYS);

    assertThat(row.name()).isEqualTo(nameOf(organization));
    assertThat(row.level()).isEqualTo(MembershipLevel.GOLD);
    assertThat(row.daysLeft()).isEqualTo(200);
    assertThat(row.termEndsOn()).isEqualTo(TODAY.plusDays(199));
    assertThat(row.lapsing()).isFalse();
    assertThat(row.restsOnOnePersonSince()).contains(TODAY.minusDays(9));
    assertThat(row.ongoingAlerts())
        .containsExactly(
            new OrganizationAtRisk.OngoingAlert(warning.id(), warning.kind(), warning.raisedOn()),
            new OrganizationAtRisk.OngoingAlert(
                lapseAhead.id(), lapseAhead.kind(), lapseAhead.raisedOn()));
  }

  @Test
  public void aMemberLapsingWithinTheHorizonIsListedAndOneLapsingADayLaterIsNot() {
    OrganizationId within = memberWithDaysLeft(30, MembershipLevel.SILVER);
    OrganizationId later = memberWithDaysLeft(31, MembershipLevel.SILVER);

    List<OrganizationAtRisk> rows = everyRow(THIRTY_DAYS, 100);

    assertThat(rows).extracting(OrganizationAtRisk::organization).contains(within);
    assertThat(rows).extracting(OrganizationAtRisk::organization).doesNotContain(later);
    OrganizationAtRisk row = rowOf(within, THIRTY_DAYS);
    assertThat(row.lapsing()).isTrue();
    assertThat(row.daysLeft()).isEqualTo(30);
    assertThat(row.restsOnOnePersonSince()).isEmpty();
    assertThat(row.ongoingAlerts()).isEmpty();
    assertThat(rowOf(later, new LapseHorizon(TODAY, 31)).lapsing()).isTrue();
  }

  @Test
  public void aMemberPastItsTermInItsRenewalWindowLapsesWithinEvenNoDay() {
    OrganizationId inWindow = memberWithDaysLeft(-10, MembershipLevel.SILVER);
    OrganizationId windowOver = memberWithDaysLeft(-40, MembershipLevel.SILVER);
    LapseHorizon today = new LapseHorizon(TODAY, 0);

    OrganizationAtRisk row = rowOf(inWindow, today);

    assertThat(row.daysLeft()).isZero();
    assertThat(row.termEndsOn()).isEqualTo(TODAY.minusDays(11));
    assertThat(everyRow(today, 100))
        .extracting(OrganizationAtRisk::organization)
        .doesNotContain(windowOver);
  }

  @Test
  public void aRenewalAlreadyBoughtCarriesTheTermToItsEnd() {
    OrganizationId renewed = memberWithDaysLeft(10, MembershipLevel.SILVER);
    inTransaction(
        () -> {
          Membership membership = memberships().findByOrganization(renewed).orElseThrow();
          buy(membership, MembershipLevel.SILVER, TODAY.minusDays(1));
          return memberships().save(membership);
        });
    OrganizationId renewedRestingOnOnePerson =
        restingOnOnePerson(memberWithDaysLeft(10, MembershipLevel.SILVER));
    inTransaction(
        () -> {
          Membership membership =
              memberships().findByOrganization(renewedRestingOnOnePerson).orElseThrow();
          buy(membership, MembershipLevel.SILVER, TODAY.minusDays(1));
          return memberships().save(membership);
        });

    assertThat(everyRow(THIRTY_DAYS, 100))
        .extracting(OrganizationAtRisk::organization)
        .doesNotContain(renewed);
    OrganizationAtRisk row = rowOf(renewedRestingOnOnePerson, THIRTY_DAYS);
    assertThat(row.lapsing()).isFalse();
    assertThat(row.termEndsOn()).isEqualTo(TODAY.plusDays(10 + 365 - 1));
    assertThat(row.daysLeft()).isEqualTo(10 + 365);
  }

  @Test
  public void aWarningOfAnOrganizationWithoutAPaidLevelTodayIsNotListed() {
    OrganizationId neverBought = inTransaction(() -> organizations().save(anOrganization())).id();
    OrganizationId lapsed = memberWithDaysLeft(-40, MembershipLevel.SILVER);
    save(anAlert(neverBought, AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, TODAY.minusDays(3)));
    save(anAlert(lapsed, AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, TODAY.minusDays(3)));

    assertThat(everyRow(new LapseHorizon(TODAY, LapseHorizon.MAX_DAYS), 100))
        .extracting(OrganizationAtRisk::organization)
        .doesNotContain(neverBought, lapsed);
  }

  @Test
  public void theMostAtRiskComeFirstAndPagesNeitherOverlapNorMissAny() {
    OrganizationId restingOnly = restingOnOnePerson(memberWithDaysLeft(300, MembershipLevel.GOLD));
    OrganizationId lapsingLater = memberWithDaysLeft(20, MembershipLevel.SILVER);
    OrganizationId lapsingSooner = memberWithDaysLeft(5, MembershipLevel.SILVER);
    OrganizationId both = restingOnOnePerson(memberWithDaysLeft(25, MembershipLevel.SILVER));

    List<OrganizationAtRisk> inPagesOfTwo = everyRow(THIRTY_DAYS, 2);
    List<OrganizationAtRisk> inOnePage = everyRow(THIRTY_DAYS, PageRequest.MAX_SIZE);

    assertThat(inPagesOfTwo)
        .extracting(OrganizationAtRisk::organization)
        .containsSubsequence(both, lapsingSooner, lapsingLater, restingOnly)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(
            inOnePage.stream().map(OrganizationAtRisk::organization).toList());
    assertThat(inPagesOfTwo)
        .isSortedAccordingTo(
            Comparator.comparingInt(OrganizationAtRisk::rank)
                .thenComparing(OrganizationAtRisk::termEndsOn));
    Page<OrganizationAtRisk> first = find(THIRTY_DAYS, new PageRequest(0, 2));
    assertThat(first.total()).isEqualTo(inPagesOfTwo.size());
    Page<OrganizationAtRisk> beyond =
        find(THIRTY_DAYS, new PageRequest(inPagesOfTwo.size() / 2 + 1, 2));
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(inPagesOfTwo.size());
  }

  protected OrganizationId restingOnOnePerson(OrganizationId organization) {
    save(anAlert(organization, AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, TODAY.minusDays(1)));
    return organization;
  }

  /** An organization that bought {@code level} so that its term has {@code daysLeft} today. */
  protected OrganizationId memberWithDaysLeft(int daysLeft, MembershipLevel level) {
    return inTransaction(
        () -> {
          OrganizationId organization = organizations().save(anOrganization()).id();
          Membership membership = Membership.network(organization);
          buy(membership, level, TODAY.plusDays(daysLeft).minusYears(1));
          memberships().save(membership);
          return organization;
        });
  }

  private static void buy(Membership membership, MembershipLevel level, LocalDate day) {
    Evaluation evaluation =
        new Evaluation(membership.organization(), day, 1, List.of(cloudPlatformAtGold()));
    assertThat(membership.purchase(level, day, evaluation, MembershipPolicy.PROGRAMME_DEFAULT))
        .isInstanceOf(PurchaseDecision.Approved.class);
  }

  private static Attainment cloudPlatformAtGold() {
    PersonsProgress onePerson =
        new PersonsProgress(
            new CertifiedIndividuals(1, Qualification.anyOf("70-533")),
            List.of(new PersonId(UUID.randomUUID())),
            List.of());
    return new Attainment(
        new CompetencyId("cloud-platform"),
        List.of(
            new LevelProgress(
                Level.SILVER, List.of(new OptionProgress("Silver", List.of(onePerson)))),
            new LevelProgress(
                Level.GOLD, List.of(new OptionProgress("Gold", List.of(onePerson))))));
  }

  private Alert save(Alert alert) {
    return inTransaction(() -> alerts().save(alert));
  }

  private String nameOf(OrganizationId organization) {
    return inTransaction(() -> organizations().findById(organization)).orElseThrow().name();
  }

  private Page<OrganizationAtRisk> find(LapseHorizon horizon, PageRequest request) {
    return inTransaction(() -> organizationsAtRisk().find(horizon, request));
  }

  private OrganizationAtRisk rowOf(OrganizationId organization, LapseHorizon horizon) {
    return everyRow(horizon, PageRequest.MAX_SIZE).stream()
        .filter(row -> row.organization().equals(organization))
        .findFirst()
        .orElseThrow(() -> new AssertionError(organization + " is not listed"));
  }

  /** The whole list, read in pages of {@code size}. */
  private List<OrganizationAtRisk> everyRow(LapseHorizon horizon, int size) {
    List<OrganizationAtRisk> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<OrganizationAtRisk> found = find(horizon, new PageRequest(page, size));
      rows.addAll(found.items());
      if (found.items().size() < size) {
        return rows;
      }
    }
  }
}
