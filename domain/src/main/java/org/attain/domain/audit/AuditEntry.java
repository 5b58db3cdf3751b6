package org.attain.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;

/**
 * One line of the append-only audit log: who did what, to which organization and subject, on which
 * programme day and at which moment, why, and the details worth keeping. Entries are never changed.
 *
 * @param actor the subject of the actor's token
 * @param organization the organization concerned; {@code null} for a programme-wide change
 * @param subject the id of what the action concerned (an override, a catalog version)
 * @param day the programme's day of the action, which the log is filtered by
 * @param recordedAt the moment, kept to the microsecond as databases keep it
 * @param reason why, as the actor gave it; {@code null} when the action takes none
 * @param details further facts, in the order given
 */
public record AuditEntry(
    String actor,
    AuditAction action,
    OrganizationId organization,
    String subject,
    LocalDate day,
    Instant recordedAt,
    String reason,
    Map<String, String> details) {

  public static final int MAX_ACTOR_LENGTH = 255;
  public static final int MAX_SUBJECT_LENGTH = 100;
  public static final int MAX_REASON_LENGTH = 2000;
  public static final int MAX_DETAIL_LENGTH = 2000;

  public AuditEntry {
    actor = Guard.text(actor, "actor", MAX_ACTOR_LENGTH);
    Guard.present(action, "action");
    subject = Guard.text(subject, "subject", MAX_SUBJECT_LENGTH);
    Guard.present(day, "day");
    recordedAt = Guard.present(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    reason = reason == null ? null : Guard.multilineText(reason, "reason", MAX_REASON_LENGTH);
    Map<String, String> copy = new LinkedHashMap<>();
    Guard.present(details, "details")
        .forEach(
            (key, value) ->
                copy.put(
                    Guard.text(key, "details", 100),
                    Guard.multilineText(value, "details", MAX_DETAIL_LENGTH)));
    details = Collections.unmodifiableMap(copy);
  }

  public Optional<OrganizationId> organizationConcerned() {
    return Optional.ofNullable(organization);
  }

  public Optional<String> reasonGiven() {
    return Optional.ofNullable(reason);
  }
}
