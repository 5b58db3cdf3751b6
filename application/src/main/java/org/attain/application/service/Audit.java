package org.attain.application.service;

import java.util.Map;
import org.attain.application.port.in.Actor;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.domain.audit.AuditAction;
import org.attain.domain.audit.AuditEntry;
import org.attain.domain.organization.OrganizationId;

/** Builds the audit entry of an agent's action, dated by the programme's clock. */
final class Audit {

  private Audit() {}

  static AuditEntry of(
      ProgrammeClock clock,
      Actor.Agent agent,
      AuditAction action,
      OrganizationId organization,
      String subject,
      String reason,
      Map<String, String> details) {
    return new AuditEntry(
        agent.subject(),
        action,
        organization,
        subject,
        clock.today(),
        clock.now(),
        reason,
        details);
  }
}
