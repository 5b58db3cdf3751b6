package org.attain.application.reevaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetencies;
import org.attain.domain.profile.ShownCompetency;

/**
 * R6, R8: keeps the record of what a paid term attained, so that a competency attained during the
 * term stays shown until the term ends even if lost since, and keeps the profile's shown
 * competencies searchable. A network member has no term, so nothing is kept for it; a record and a
 * profile that already agree with the evaluation are not written again.
 */
public final class TermRecordKeeper implements ReevaluationObserver {

  private final TermRecords records;

  public TermRecordKeeper(TermRecords records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "term record";
  }

  @Override
  public Kept read(List<Reevaluated> batch) {
    Map<OrganizationId, MembershipTerm> terms = new HashMap<>();
    for (Reevaluated reevaluated : batch) {
      termOf(reevaluated).ifPresent(term -> terms.put(reevaluated.organization().id(), term));
    }
    Map<OrganizationId, TermRecords.Kept> kept = terms.isEmpty() ? Map.of() : records.kept(terms);
    return reevaluated -> react(reevaluated, kept.get(reevaluated.organization().id()));
  }

  private static Optional<MembershipTerm> termOf(Reevaluated reevaluated) {
    return reevaluated.membership().termOn(reevaluated.day());
  }

  private Reaction react(Reevaluated reevaluated, TermRecords.Kept kept) {
    if (kept == null) {
      return Reaction.NONE;
    }
    TermAttainments record = kept.record().merge(reevaluated.evaluation());
    List<ShownCompetency> shown =
        ShownCompetencies.on(reevaluated.day(), reevaluated.membership(), record);
    if (record.equals(kept.record()) && new HashSet<>(shown).equals(new HashSet<>(kept.shown()))) {
      return Reaction.NONE;
    }
    return new Reaction() {
      @Override
      public boolean changesNothing() {
        return false;
      }

      @Override
      public void apply() {
        records.save(record, shown);
      }
    };
  }
}
