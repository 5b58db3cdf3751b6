package org.attain.application.error;

import org.attain.domain.membership.PurchaseDecision;

/**
 * R4, R5: a membership purchase the rules refused. It carries the refusal whole, so that the caller
 * can show why and which competencies are closest to the level asked for.
 */
public final class PurchaseRefusedException extends ApplicationException {

  private final transient PurchaseDecision.Refused refusal;

  public PurchaseRefusedException(PurchaseDecision.Refused refusal) {
    super(refusal.reason().code(), refusal.detail());
    this.refusal = refusal;
  }

  public PurchaseDecision.Refused refusal() {
    return refusal;
  }
}
