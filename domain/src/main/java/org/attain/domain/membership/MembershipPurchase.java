package org.attain.domain.membership;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;
import org.attain.domain.shared.Money;

/**
 * One purchase of a paid level, as recorded: its term, what was charged, and the competencies that
 * met the level's requirement on the day (R4).
 */
public record MembershipPurchase(
    PurchaseKind kind,
    MembershipLevel level,
    LocalDate purchasedOn,
    MembershipTerm term,
    Money charged,
    List<CompetencyId> qualifiedBy) {

  public MembershipPurchase {
    Guard.present(kind, "kind");
    Guard.present(level, "level");
    Guard.check(level.isPaid(), "level", "level must be a paid level");
    Guard.present(purchasedOn, "purchasedOn");
    Guard.present(term, "term");
    Guard.present(charged, "charged");
    qualifiedBy = ListGuard.of(qualifiedBy, "qualifiedBy", 1, Catalog.MAX_COMPETENCIES);
    ListGuard.distinct(qualifiedBy, c -> c, "qualifiedBy", "");
  }

  /** Whether this purchase's term holds on {@code day}: bought by then and started. */
  boolean startedBy(LocalDate day) {
    return !purchasedOn.isAfter(day) && !term.startsOn().isAfter(day);
  }
}
