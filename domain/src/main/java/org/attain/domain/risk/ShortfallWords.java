package org.attain.domain.risk;

import java.util.stream.Collectors;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Track;
import org.attain.domain.membership.MissingPersons;
import org.attain.domain.membership.MissingValue;
import org.attain.domain.membership.Shortfall;

/** Puts what an unmet step lacks into the sentence an admin reads. */
final class ShortfallWords {

  private ShortfallWords() {}

  static String describe(Shortfall shortfall) {
    return switch (shortfall) {
      case MissingPersons persons -> persons(persons);
      case MissingValue value ->
          "%s more of %s (%s of %s)"
              .formatted(
                  value.shortBy().toPlainString(),
                  value.step().metric(),
                  value.achieved().toPlainString(),
                  value.required().toPlainString());
    };
  }

  private static String persons(MissingPersons missing) {
    StringBuilder text =
        new StringBuilder()
            .append(missing.persons())
            .append(missing.persons() == 1 ? " more person holding " : " more persons holding ")
            .append(words(missing.step().qualification()));
    if (missing.alsoHolding() > 0) {
      text.append(", of whom ")
          .append(missing.alsoHolding())
          .append(" also holding ")
          .append(words(missing.step().ofWhom().qualification()));
    }
    return text.toString();
  }

  private static String words(Qualification qualification) {
    return qualification.tracks().stream()
        .map(ShortfallWords::words)
        .collect(Collectors.joining(" or "));
  }

  private static String words(Track track) {
    return track.codes().stream().map(AchievementCode::value).collect(Collectors.joining(" and "));
  }
}
