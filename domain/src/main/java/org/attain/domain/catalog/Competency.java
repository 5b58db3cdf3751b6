package org.attain.domain.catalog;

import java.util.Optional;
import org.attain.domain.shared.Guard;

/**
 * A named area of proficiency and what each of its levels requires.
 *
 * @param silver what Silver requires, {@code null} for a Gold-only competency
 */
public record Competency(
    CompetencyId id,
    String name,
    AttainmentPath path,
    LevelRequirement silver,
    LevelRequirement gold) {

  public static final int MAX_NAME_LENGTH = 100;

  public Competency {
    Guard.present(id, "id");
    name = Guard.text(name, "name", MAX_NAME_LENGTH);
    Guard.present(path, "path");
    Guard.present(gold, "gold");
  }

  public Optional<LevelRequirement> requirementFor(Level level) {
    return Optional.ofNullable(level == Level.GOLD ? gold : silver);
  }
}
