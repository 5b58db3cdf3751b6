package org.attain.domain.override;

import java.time.LocalDate;
import org.attain.domain.shared.Guard;

/** R7: an agent ended an override early; it no longer holds from {@code revokedOn}. */
public record Revocation(String agent, String reason, LocalDate revokedOn) {

  public Revocation {
    agent = Guard.text(agent, "agent", AgentOverride.MAX_AGENT_LENGTH);
    reason = Guard.multilineText(reason, "reason", AgentOverride.MAX_REASON_LENGTH);
    Guard.present(revokedOn, "revokedOn");
  }
}
