package org.attain.adapter.rest.whatif;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.adapter.rest.membership.ClosestCompetencyResponse;
import org.attain.adapter.rest.membership.RenewalResponse;
import org.attain.application.port.in.AskWhatIf;
import org.attain.application.port.in.AskWhatIf.Change;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.RefusalReason;
import org.attain.domain.membership.RenewalAvailability;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.PersonId;
import org.attain.domain.whatif.AttainmentDifference;
import org.attain.domain.whatif.ScenarioOutcome;
import org.mapstruct.Mapper;

/** Maps a what-if request to the question it asks, and the answer to its response. */
@Mapper(config = MappingConfig.class)
public interface WhatIfMapper extends ValueMappings {

  default AskWhatIf.Question toQuestion(WhatIfRequest request) {
    return new AskWhatIf.Question(
        Optional.ofNullable(request.asOf()),
        request.changes().stream().map(this::toChange).toList());
  }

  default Change toChange(ChangeRequest change) {
    return switch (change) {
      case ChangeRequest.PersonLeaves leaves ->
          new Change.PersonLeaves(personId(leaves.personId()));
      case ChangeRequest.PersonJoins joins ->
          new Change.PersonJoins(
              Optional.ofNullable(joins.personId()).map(PersonId::new),
              joins.achievements() == null
                  ? List.of()
                  : joins.achievements().stream()
                      .map(
                          a ->
                              new AskWhatIf.Earned(
                                  a.kind(), code(a.code()), a.earnedOn(), a.expiresOn()))
                      .toList());
      case ChangeRequest.AchievementEarned earned ->
          new Change.AchievementEarned(
              personId(earned.personId()),
              new AskWhatIf.Earned(
                  earned.kind(), code(earned.code()), earned.earnedOn(), earned.expiresOn()));
      case ChangeRequest.AchievementExpires expires ->
          new Change.AchievementExpires(
              new AchievementId(expires.achievementId()), expires.lastDay());
      case ChangeRequest.ExamRetired retired ->
          new Change.ExamRetired(code(retired.code()), retired.creditEndsOn());
      case ChangeRequest.MetricReported reported ->
          new Change.MetricReported(
              reported.metric(), reported.value(), reported.periodStart(), reported.periodEnd());
      case ChangeRequest.OverrideEnds ends ->
          new Change.OverrideEnds(new OverrideId(ends.overrideId()), ends.lastDay());
      case ChangeRequest.CatalogVersionUsed used -> new Change.CatalogVersionUsed(used.version());
    };
  }

  default WhatIfResponse toResponse(AskWhatIf.Answer answer) {
    ScenarioOutcome outcome = answer.outcome();
    List<WhatIfResponse.Difference> competencies =
        outcome.differences().stream()
            .map(
                d ->
                    new WhatIfResponse.Difference(
                        text(d.competency()),
                        name(answer, d.competency()),
                        d.now(),
                        d.then(),
                        d.changed()))
            .toList();
    Map<PersonId, String> names = answer.personNames();
    return new WhatIfResponse(
        uuid(answer.organization()),
        outcome.now().date(),
        answer.catalogNow().version(),
        answer.catalogThen().version(),
        summary(answer),
        competencies,
        new WhatIfResponse.Membership(
            answer.levelInForce(),
            List.of(MembershipLevel.SILVER, MembershipLevel.GOLD).stream()
                .map(
                    level ->
                        new WhatIfResponse.Eligibility(
                            level, outcome.carriesNow(level), outcome.carriesThen(level)))
                .toList(),
            renewal(answer.renewalThen())),
        answer.alertsThen().stream()
            .map(
                a ->
                    new WhatIfResponse.Alerting(
                        a.kind(),
                        a.level(),
                        a.lapsesOn().orElse(null),
                        a.keyPersons().stream()
                            .map(p -> new ContributorResponse(uuid(p), names.get(p)))
                            .toList(),
                        a.wouldBeRaised()))
            .toList(),
        answer.wouldEnd());
  }

  default RenewalResponse renewal(RenewalAvailability renewal) {
    return new RenewalResponse(
        renewal.possible(),
        renewal.whyNot().map(RefusalReason::code).orElse(null),
        renewal.opensOn(),
        renewal.closesOn(),
        ClosestCompetencyResponse.of(renewal.closest()));
  }

  /** What changes, in a sentence: the levels that would move, then the alerts. */
  default String summary(AskWhatIf.Answer answer) {
    List<AttainmentDifference> changes = answer.outcome().changes();
    String levels =
        changes.isEmpty()
            ? "No competency level would change."
            : changes.stream()
                .map(
                    d ->
                        "%s would go from %s to %s"
                            .formatted(name(answer, d.competency()), d.now(), d.then()))
                .collect(Collectors.joining("; ", "", "."));
    List<String> raised =
        answer.alertsThen().stream()
            .filter(AskWhatIf.Alerting::wouldBeRaised)
            .map(a -> a.kind().name())
            .toList();
    return raised.isEmpty()
        ? levels
        : levels + " It would raise " + String.join(" and ", raised) + ".";
  }

  private static String name(AskWhatIf.Answer answer, CompetencyId competency) {
    return answer
        .catalogNow()
        .competency(competency)
        .or(() -> answer.catalogThen().competency(competency))
        .map(Competency::name)
        .orElse(competency.value());
  }
}
