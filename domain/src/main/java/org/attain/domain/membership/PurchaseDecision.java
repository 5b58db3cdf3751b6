package org.attain.domain.membership;

import java.util.List;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;

/**
 * R4, R5: the outcome of a purchase request. A refusal is an outcome callers must show (why, and
 * which competencies are closest), so it is a value rather than an exception.
 */
public sealed interface PurchaseDecision {

  /** The purchase is allowed; this is what gets recorded. */
  record Approved(MembershipPurchase purchase) implements PurchaseDecision {
    public Approved {
      Guard.present(purchase, "purchase");
    }
  }

  /**
   * The purchase is refused.
   *
   * @param closest when the requirement is not met, the competencies nearest to it, nearest first
   */
  record Refused(RefusalReason reason, String detail, List<CompetencyGap> closest)
      implements PurchaseDecision {
    public Refused {
      Guard.present(reason, "reason");
      Guard.present(detail, "detail");
      closest = List.copyOf(closest);
    }

    Refused(RefusalReason reason, String detail) {
      this(reason, detail, List.of());
    }

    /** The refusal as the 422 it becomes when the caller has no use for the closest list. */
    public RuleViolationException asException() {
      return new RuleViolationException(reason.code(), detail);
    }
  }
}
