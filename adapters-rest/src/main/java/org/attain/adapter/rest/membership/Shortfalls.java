package org.attain.adapter.rest.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Track;
import org.attain.domain.membership.MissingPersons;
import org.attain.domain.membership.MissingValue;
import org.attain.domain.membership.Shortfall;
import org.attain.domain.metric.MetricUnit;

/** Words for what an unmet step lacks, so that a refusal reads as a to-do list. */
final class Shortfalls {

  private Shortfalls() {}

  static String describe(Shortfall shortfall) {
    return switch (shortfall) {
      case MissingPersons persons -> persons(persons);
      case MissingValue value -> value(value);
    };
  }

  private static String persons(MissingPersons missing) {
    String text =
        "%d more %s holding %s"
            .formatted(
                missing.persons(),
                missing.persons() == 1 ? "person" : "persons",
                qualification(missing.step().qualification()));
    if (missing.alsoHolding() > 0 && missing.step().ofWhom() != null) {
      text +=
          ", of whom %d also holding %s"
              .formatted(
                  missing.alsoHolding(), qualification(missing.step().ofWhom().qualification()));
    }
    return text;
  }

  private static String value(MissingValue missing) {
    MetricUnit unit = missing.step().metric().unit();
    return "%s %s more of %s (%s of %s)"
        .formatted(
            unit,
            amount(unit, missing.shortBy()),
            missing.step().metric(),
            amount(unit, missing.achieved()),
            amount(unit, missing.required()));
  }

  private static String amount(MetricUnit unit, BigDecimal value) {
    return value.setScale(unit == MetricUnit.USD ? 2 : 0, RoundingMode.UP).toPlainString();
  }

  private static String qualification(Qualification qualification) {
    return qualification.tracks().stream()
        .map(Shortfalls::track)
        .collect(Collectors.joining(" or "));
  }

  private static String track(Track track) {
    return track.codes().stream().map(AchievementCode::value).collect(Collectors.joining(" and "));
  }
}
