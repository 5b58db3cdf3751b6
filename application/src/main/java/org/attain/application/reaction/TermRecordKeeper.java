package org.attain.application.reaction;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.profile.ShownCompetencies;

/**
 * R6, R8: keeps the record of what a paid term attained, so that a competency attained during the
 * term stays shown until the term ends even if lost since, and keeps the profile's shown
 * competencies searchable. A network member has no term, so nothing is kept for it.
 */
public final class TermRecordKeeper implements AttainmentObserver {

  private final TermRecords records;

  public TermRecordKeeper(TermRecords records) {
    this.records = records;
  }

  @Override
  public void reevaluated(Reevaluated reevaluated) {
    LocalDate day = reevaluated.evaluation().date();
    Optional<MembershipTerm> term = reevaluated.membership().termOn(day);
    if (term.isEmpty()) {
      return;
    }
    TermAttainments record =
        records.find(reevaluated.organization().id(), term.get()).merge(reevaluated.evaluation());
    records.save(record, ShownCompetencies.on(day, reevaluated.membership(), record));
  }
}
