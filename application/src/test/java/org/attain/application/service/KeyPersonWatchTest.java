package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.email;
import static org.attain.application.service.Programme.self;

import java.math.BigDecimal;
import java.util.List;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.out.Notification;
import org.attain.application.port.out.OutboxMessage;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.Warnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 through the pipeline: a paid membership resting on one key person raises the key-person
 * warning naming them, with one email per admin, and it ends when it no longer rests on one person
 * or the admins turn it off. Every change goes through the programme's own use cases.
 */
class KeyPersonWatchTest {

  private static final AlertKind KEY_PERSON = AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON;

  private final Programme programme = new Programme();
  private final Organization contoso = organizationWithTwoAdmins("Contoso");
  private Person ana;

  @BeforeEach
  void aConsumingOrganizationWithAnaCertified() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
    ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption(contoso);
  }

  @Test
  void thePipelineTellsTheKeyPersonWatchAfterTheRenewalRiskWatch() {
    assertThat(programme.pipeline.steps())
        .containsExactly("term record", "renewal risk", "key person", "recording");
  }

  @Test
  void membershipRestingOnOnePersonRaisesTheKeyPersonWarning() {
    buySilver();

    Alert warning = theOngoingWarning();
    assertThat(warning.level()).isEqualTo(MembershipLevel.SILVER);
    assertThat(warning.keyPersons()).containsExactly(new AlertPerson(ana.id(), "Ana Souza"));
    assertThat(warning.cause().kind()).isEqualTo("membership-purchased");
    assertThat(warning.raisedOn()).isEqualTo(TODAY);
    List<OutboxMessage> emails = programme.stores.outbox.ofAlert(warning.id());
    assertThat(emails)
        .extracting(m -> m.recipient().value())
        .containsExactly("ana@contoso.com", "bruno@contoso.com");
    Notification email = emails.getFirst().notification();
    assertThat(email.kind()).isEqualTo(Notification.Kind.KEY_PERSON);
    assertThat(email.subject()).isEqualTo("Silver membership rests on one person: Contoso");
    assertThat(email.headline()).contains("rests on one person, Ana Souza");
    assertThat(email.details())
        .contains("Key person: Ana Souza.")
        .anySatisfy(d -> assertThat(d).startsWith("One more person holding 70-53"));
  }

  @Test
  void theWarningIsRaisedOnceWhileTheMembershipRestsOnTheSamePerson() {
    buySilver();

    programme.exam(ana, "70-532", TODAY.minusDays(1));
    reevaluate(new ChangeCause.TimePassed(TODAY));

    assertThat(alertsOf(contoso)).hasSize(1);
    assertThat(programme.stores.outbox.all()).hasSize(2);
  }

  @Test
  void aSecondHolderEndsTheKeyPersonWarning() {
    buySilver();
    Alert warning = theOngoingWarning();

    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    programme.exam(bruno, "70-532", TODAY.minusDays(1));

    assertThat(alertsOf(contoso))
        .extracting(Alert::id, Alert::ongoing, Alert::endedOn)
        .containsExactly(tuple(warning.id(), false, TODAY));
    assertThat(programme.stores.outbox.all()).hasSize(2);
  }

  @Test
  void theKeyPersonLeavingEndsTheWarningAndRenewalIsAtRiskInstead() {
    buySilver();
    programme.stores.clock.advanceDays(31);

    programme.associations.leave(self(ana), ana.id());

    assertThat(alertsOf(contoso))
        .extracting(Alert::kind, Alert::ongoing)
        .containsExactly(tuple(AlertKind.RENEWAL_AT_RISK, true), tuple(KEY_PERSON, false));
  }

  @Test
  void restingOnAnotherSinglePersonIsAnotherWarning() {
    buySilver();
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    programme.exam(bruno, "70-532", TODAY.minusDays(1));
    programme.stores.clock.advanceDays(31);

    programme.associations.leave(self(ana), ana.id());

    List<Alert> alerts = alertsOf(contoso);
    assertThat(alerts)
        .extracting(Alert::kind, Alert::ongoing)
        .containsExactly(tuple(KEY_PERSON, true), tuple(KEY_PERSON, false));
    assertThat(alerts.getFirst().keyPersons())
        .extracting(AlertPerson::name)
        .containsExactly("Bruno Lima");
    assertThat(alerts.getFirst().cause().description())
        .isEqualTo("Ana Souza left the organization");
    assertThat(programme.stores.outbox.ofAlert(alerts.getFirst().id())).hasSize(2);
  }

  @Test
  void optedOutOrganizationsAreNotWarned() {
    programme.useCases.manageWarnings().change(adminOf(contoso), contoso.id(), new Warnings(false));

    buySilver();
    reevaluate(new ChangeCause.TimePassed(TODAY));

    assertThat(alertsOf(contoso)).isEmpty();
    assertThat(programme.stores.outbox.all()).isEmpty();
    assertThat(programme.useCases.manageWarnings().read(AGENT, contoso.id()))
        .isEqualTo(new Warnings(false));
  }

  @Test
  void turningTheWarningOffEndsAnOpenOneAndTurningItOnWarnsAgainAtOnce() {
    buySilver();
    Alert first = theOngoingWarning();

    programme.useCases.manageWarnings().change(adminOf(contoso), contoso.id(), new Warnings(false));
    assertThat(alertsOf(contoso)).extracting(Alert::ongoing).containsExactly(false);

    programme.useCases.manageWarnings().change(AGENT, contoso.id(), new Warnings(true));
    Alert second = theOngoingWarning();

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.cause().kind()).isEqualTo("warnings-changed");
    assertThat(programme.stores.outbox.all()).hasSize(4);
  }

  @Test
  void aNetworkMemberIsNotWarned() {
    reevaluate(new ChangeCause.TimePassed(TODAY));

    assertThat(alertsOf(contoso)).isEmpty();
  }

  private void buySilver() {
    programme.memberships.purchase(AGENT, contoso.id(), MembershipLevel.SILVER);
  }

  private void reevaluate(ChangeCause cause) {
    new Reevaluate(programme).after(cause, contoso.id());
  }

  private Alert theOngoingWarning() {
    List<Alert> ongoing =
        programme.stores.alerts.ongoing(contoso.id()).stream()
            .filter(a -> a.kind() == KEY_PERSON)
            .toList();
    assertThat(ongoing).hasSize(1);
    return ongoing.getFirst();
  }

  private List<Alert> alertsOf(Organization organization) {
    return programme
        .alerts
        .list(adminOf(organization), organization.id(), new PageRequest(0, 20))
        .items();
  }

  private void reportConsumption(Organization organization) {
    programme.metrics.record(
        AGENT,
        organization.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal("10000.00"),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
  }

  private Organization organizationWithTwoAdmins(String name) {
    String slug = name.toLowerCase();
    return programme.organizations.register(
        AGENT,
        new RegisterOrganization.Command(
            name,
            new CountryCode("BR"),
            Market.DEVELOPING,
            List.of(
                new AdminContact("Ana Admin", email("ana@" + slug + ".com")),
                new AdminContact("Bruno Admin", email("bruno@" + slug + ".com")))));
  }
}
