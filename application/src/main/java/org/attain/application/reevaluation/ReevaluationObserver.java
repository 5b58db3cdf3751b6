package org.attain.application.reevaluation;

import java.util.List;

/**
 * One step of the re-evaluation pipeline: keeps some record of organizations in line with their
 * latest evaluation (the term record, the competency history, the alerts). It first reads what it
 * keeps for a whole batch, then says for each organization what it would write, so that the daily
 * scan can tell an unchanged organization, which costs no write, from a changed one. Called inside
 * the unit of work of the change, so that what it writes commits or rolls back with it.
 */
public interface ReevaluationObserver {

  /** A short name, for the pipeline's listing and the logs. */
  String name();

  /** What it keeps for the organizations of {@code batch}, read in a fixed number of reads. */
  Kept read(List<Reevaluated> batch);

  /** What an observer keeps for a batch. */
  interface Kept {

    /** What it would write to keep {@code reevaluated}'s records in line; none when they are. */
    Reaction reactTo(Reevaluated reevaluated);
  }

  /** The writes of one observer for one organization. */
  interface Reaction {

    Reaction NONE =
        new Reaction() {
          @Override
          public boolean changesNothing() {
            return true;
          }

          @Override
          public void apply() {}
        };

    /** Whether {@link #apply()} would write nothing. */
    boolean changesNothing();

    void apply();
  }
}
