package org.attain.domain.profile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.shared.Guard;

/**
 * R8, R6: the competencies a profile shows on a day. A network member shows none; under Silver,
 * every competency attained during the term shows as Silver (a Gold one too: Gold includes Silver,
 * and Silver membership shows no Gold); under Gold, each shows at its level. What was attained
 * during the term stays shown until the term's renewal window ends, even if lost since. Gold first,
 * then by id.
 */
public final class ShownCompetencies {

  private static final Comparator<ShownCompetency> GOLD_FIRST =
      Comparator.comparing(ShownCompetency::level)
          .reversed()
          .thenComparing(s -> s.competency().value());

  private ShownCompetencies() {}

  /**
   * @param held the record of the term in force on {@code day}; ignored for a network member
   */
  public static List<ShownCompetency> on(
      LocalDate day, Membership membership, TermAttainments held) {
    Guard.present(day, "day");
    Guard.present(membership, "membership");
    MembershipLevel level = membership.levelOn(day);
    if (!level.isPaid()) {
      return List.of();
    }
    MembershipTerm term = membership.termOn(day).orElseThrow();
    Guard.present(held, "held");
    Guard.check(
        held.term().equals(term) && held.organization().equals(membership.organization()),
        "held",
        "held must be the record of the term in force on " + day);
    return held.highest().entrySet().stream()
        .map(e -> new ShownCompetency(e.getKey(), shownLevel(e.getValue(), level)))
        .sorted(GOLD_FIRST)
        .toList();
  }

  private static Level shownLevel(AttainedLevel attained, MembershipLevel membership) {
    return attained == AttainedLevel.GOLD && membership == MembershipLevel.GOLD
        ? Level.GOLD
        : Level.SILVER;
  }
}
