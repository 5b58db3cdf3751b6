package org.attain.application.reevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attain.application.port.out.Notification;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertPerson;

/**
 * Issue 13: the email a key-person warning sends to one admin contact: who the membership rests on,
 * why it was found, and what one more person could hold to raise it.
 */
final class KeyPersonEmails {

  /** The most suggestions an email lists. */
  private static final int SUGGESTIONS = 3;

  private KeyPersonEmails() {}

  static Notification to(
      AdminContact admin, Organization organization, Alert alert, List<Reinforcement> raisedBy) {
    return new Notification(
        List.of(admin.email()),
        subject(organization, alert),
        headline(alert),
        details(alert, raisedBy),
        Notification.Kind.KEY_PERSON);
  }

  private static String level(Alert alert) {
    return alert.level() == MembershipLevel.GOLD ? "Gold" : "Silver";
  }

  private static String subject(Organization organization, Alert alert) {
    String subject =
        "%s membership rests on one person: %s".formatted(level(alert), organization.name());
    return subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  private static String headline(Alert alert) {
    boolean one = alert.keyPersons().size() == 1;
    String headline =
        "Your %s membership rests on %s, %s: if %s left, your membership renewal eligibility would be at risk."
            .formatted(
                level(alert),
                one ? "one person" : "single persons",
                names(alert),
                one ? "they" : "any one of them");
    return headline.length() > 500 ? headline.substring(0, 500) : headline;
  }

  private static String names(Alert alert) {
    return alert.keyPersons().stream().map(AlertPerson::name).collect(Collectors.joining(", "));
  }

  private static List<String> details(Alert alert, List<Reinforcement> raisedBy) {
    List<String> details = new ArrayList<>();
    alert.keyPersons().forEach(p -> details.add("Key person: " + p.name() + "."));
    details.add("Found after: " + alert.cause().description() + " (" + alert.raisedOn() + ").");
    raisedBy.stream()
        .limit(SUGGESTIONS)
        .forEach(
            r ->
                details.add(
                    "One more person holding %s would make %d departures necessary to lose it."
                        .formatted(codes(r), r.departuresThen())));
    return details;
  }

  private static String codes(Reinforcement reinforcement) {
    return reinforcement.codes().stream()
        .map(AchievementCode::value)
        .collect(Collectors.joining(" and "));
  }
}
