package org.attain.application.reevaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;

/**
 * Re-evaluates many organizations, as the daily scan and a catalog change do: one read of a whole
 * batch finds the organizations a re-evaluation would change anything for, and only those are then
 * re-evaluated, each in a unit of work of its own holding its lock, from facts read again under the
 * lock. So an unchanged organization costs a share of a read and no write, and a change made
 * meanwhile by a request is never overwritten by what the batch read before it.
 */
public final class BatchReevaluation {

  private static final System.Logger LOG = System.getLogger(BatchReevaluation.class.getName());

  private final ReevaluationPipeline pipeline;
  private final UnitOfWork unitOfWork;

  public BatchReevaluation(ReevaluationPipeline pipeline, UnitOfWork unitOfWork) {
    this.pipeline = pipeline;
    this.unitOfWork = unitOfWork;
  }

  /** Re-evaluates what changed among {@code batch} on {@code day}, each with the cause given. */
  public ScanDaily.Outcome run(
      List<OrganizationId> batch, LocalDate day, Function<Evaluated, ChangeCause> cause) {
    if (batch.isEmpty()) {
      return ScanDaily.Outcome.none();
    }
    Set<OrganizationId> changed = unitOfWork.read(() -> pipeline.changedAmong(batch, day, cause));
    int failed = 0;
    for (OrganizationId organization : changed) {
      try {
        unitOfWork.changing(
            List.of(organization),
            () -> {
              pipeline.reevaluate(List.of(organization), day, cause);
              return null;
            });
      } catch (RuntimeException e) {
        // One organization's failure must not hold back the others' alerts.
        LOG.log(
            System.Logger.Level.ERROR,
            "re-evaluation on " + day + " failed for organization " + organization,
            e);
        failed++;
      }
    }
    return new ScanDaily.Outcome(batch.size(), changed.size() - failed, failed);
  }
}
