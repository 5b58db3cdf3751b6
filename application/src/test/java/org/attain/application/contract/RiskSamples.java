package org.attain.application.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.attain.application.port.out.Notification;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.AlertShortfall;
import org.attain.domain.risk.RecordedCause;
import org.attain.domain.shared.EmailAddress;

/** Sample alerts and emails for the contract tests of the renewal-risk stores (R6). */
public final class RiskSamples {

  public static final RecordedCause ANA_LEFT =
      new RecordedCause("person-left", "Ana São Tomé left the organization");

  private RiskSamples() {}

  /** A new alert of {@code kind} with a shortfall of two steps and two ways to restore. */
  public static Alert anAlert(OrganizationId organization, AlertKind kind, LocalDate raisedOn) {
    boolean ahead = kind == AlertKind.LAPSE_AHEAD;
    return new Alert(
        AlertId.newId(),
        organization,
        kind,
        MembershipLevel.GOLD,
        ANA_LEFT,
        raisedOn,
        ahead ? raisedOn.plusMonths(2) : null,
        ahead ? List.of("70-533 earned on 2024-01-01 stops counting") : List.of(),
        List.of(
            new AlertShortfall(
                new CompetencyId("cloud-platform"),
                Level.GOLD,
                "Azure consumption",
                50,
                List.of(
                    "1 more person holding 70-532 or 70-533",
                    "2500.00 more of AZURE_CONSUMPTION_USD_TTM (7500.00 of 10000.00)"))),
        List.of(
            new AlertShortfall(
                new CompetencyId("data-platform"), Level.GOLD, "Data", 75, List.of("x")),
            new AlertShortfall(
                new CompetencyId("cloud-platform"),
                Level.GOLD,
                "Azure consumption",
                50,
                List.of())),
        kind == AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON
            ? List.of(
                new AlertPerson(new PersonId(UUID.randomUUID()), "Ana São Tomé"),
                new AlertPerson(new PersonId(UUID.randomUUID()), "Bruno Lima"))
            : List.of(),
        null,
        null,
        null);
  }

  public static Notification anEmailTo(EmailAddress recipient) {
    return new Notification(
        List.of(recipient),
        "Silver membership renewal at risk: Contoso",
        "A recent change to your competency achievement has put your membership renewal"
            + " eligibility at risk.",
        List.of("Cause: Ana São Tomé left the organization.", "What would restore eligibility:"));
  }
}
