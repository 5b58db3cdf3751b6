package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.shared.Guard;

/** The competency catalog: everyone reads it; agents publish new versions of it. */
public interface ManageCatalog {

  /** The version in force on {@code asOf} (today when absent). */
  Catalog inForce(Optional<LocalDate> asOf);

  /** Every version, oldest first. */
  List<Catalog> versions();

  /**
   * An agent publishes a new version, in force from its effective day (today or later, and after
   * the latest version's); earlier days keep their catalog.
   */
  Catalog publish(Actor actor, Change change);

  /** The content of a new version; its number is given by the history. */
  record Change(
      LocalDate effectiveFrom,
      List<RetiredCredential> retiredCredentials,
      List<Competency> competencies) {
    public Change {
      Guard.present(effectiveFrom, "effectiveFrom");
      retiredCredentials = List.copyOf(Guard.present(retiredCredentials, "retiredCredentials"));
      competencies = List.copyOf(Guard.present(competencies, "competencies"));
    }
  }
}
