package org.attain.application.reevaluation;

import java.util.ArrayList;
import java.util.List;
import org.attain.application.port.out.Notification;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertShortfall;

/**
 * R6: the email an alert sends to one admin contact: the seed's headline, the cause, the remedy.
 */
final class AlertEmails {

  /** The programme's message when renewal is at risk, word for word (R6). */
  static final String RENEWAL_AT_RISK_HEADLINE =
      "A recent change to your competency achievement has put your membership renewal eligibility"
          + " at risk.";

  static final String LAPSE_AHEAD_HEADLINE =
      "Achievements that count for your membership stop counting before its term ends, which will"
          + " put your membership renewal eligibility at risk.";

  private AlertEmails() {}

  static Notification to(AdminContact admin, Organization organization, Alert alert) {
    return new Notification(
        List.of(admin.email()), subject(organization, alert), headline(alert), details(alert));
  }

  private static String subject(Organization organization, Alert alert) {
    String level = alert.level() == MembershipLevel.GOLD ? "Gold" : "Silver";
    String subject =
        alert.kind() == AlertKind.RENEWAL_AT_RISK
            ? "%s membership renewal at risk: %s".formatted(level, organization.name())
            : "%s membership renewal at risk from %s: %s"
                .formatted(level, alert.lapsesOn(), organization.name());
    return subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  private static String headline(Alert alert) {
    return alert.kind() == AlertKind.RENEWAL_AT_RISK
        ? RENEWAL_AT_RISK_HEADLINE
        : LAPSE_AHEAD_HEADLINE;
  }

  private static List<String> details(Alert alert) {
    List<String> details = new ArrayList<>();
    details.add("Cause: " + alert.cause().description() + " (" + alert.raisedOn() + ").");
    if (alert.kind() == AlertKind.LAPSE_AHEAD) {
      alert.lapsing().forEach(lapse -> details.add("By " + alert.lapsesOn() + ": " + lapse + "."));
    }
    alert.nowShort().forEach(s -> details.add("Now short: " + s.describe() + "."));
    if (!alert.restoreBy().isEmpty()) {
      details.add("What would restore eligibility (any one of):");
      alert.restoreBy().stream().map(AlertShortfall::describe).forEach(details::add);
    }
    return details;
  }
}
