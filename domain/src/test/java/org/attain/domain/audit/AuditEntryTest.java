package org.attain.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** An audit entry keeps who, what, when and why, as given, and cannot be changed afterwards. */
class AuditEntryTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

  private static AuditEntry entry(String reason, Map<String, String> details, Instant at) {
    return new AuditEntry(
        "agent-smith", AuditAction.OVERRIDE_GRANTED, null, "subject", DAY, at, reason, details);
  }

  @Test
  void theMomentIsKeptToTheMicrosecondAsDatabasesKeepIt() {
    AuditEntry entry = entry(null, Map.of(), Instant.parse("2025-04-01T10:00:00.123456789Z"));

    assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2025-04-01T10:00:00.123456Z"));
    assertThat(entry.reasonGiven()).isEmpty();
    assertThat(entry.organizationConcerned()).isEmpty();
  }

  @Test
  void detailsKeepTheirOrderAndCannotBeChangedThroughTheEntry() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("startsOn", "2025-04-01");
    details.put("lastDay", "2025-07-01");
    AuditEntry entry = entry("Exam feed lags", details, Instant.EPOCH);
    details.put("lastDay", "2099-01-01");

    assertThat(entry.details().keySet()).containsExactly("startsOn", "lastDay");
    assertThat(entry.details()).containsEntry("lastDay", "2025-07-01");
    assertThatThrownBy(() -> entry.details().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void whoWhatAndWhenAreRequiredAndABlankReasonIsRefused() {
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    " ",
                    AuditAction.OVERRIDE_REVOKED,
                    null,
                    "s",
                    DAY,
                    Instant.EPOCH,
                    null,
                    Map.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> new AuditEntry("a", null, null, "s", DAY, Instant.EPOCH, null, Map.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    "a",
                    AuditAction.OVERRIDE_REVOKED,
                    null,
                    "s",
                    null,
                    Instant.EPOCH,
                    null,
                    Map.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> entry("  ", Map.of(), Instant.EPOCH))
        .isInstanceOf(InvalidValueException.class);
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("key", null);
    assertThatThrownBy(() -> entry("why", nullValue, Instant.EPOCH))
        .isInstanceOf(InvalidValueException.class);
  }
}
