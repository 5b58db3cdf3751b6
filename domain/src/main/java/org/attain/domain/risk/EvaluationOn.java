package org.attain.domain.risk;

import java.time.LocalDate;
import org.attain.domain.evaluation.Evaluation;

/**
 * The engine's evaluation of one organization on another day, from the facts as known now (its
 * persons, their achievements, its metrics, the catalog then in force). The look-ahead asks it
 * about future days; the application answers with the stores and the engine.
 */
@FunctionalInterface
public interface EvaluationOn {

  Evaluation on(LocalDate day);
}
