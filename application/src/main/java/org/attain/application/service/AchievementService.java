package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import org.attain.application.error.ConflictException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reaction.Reevaluations;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/**
 * Records and reads what persons earned. A recorded achievement re-evaluates the organization the
 * person counts for today (R6).
 */
public final class AchievementService implements RecordAchievement {

  private final Persons persons;
  private final Achievements achievements;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final Reevaluations reevaluations;

  public AchievementService(
      Persons persons,
      Achievements achievements,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Reevaluations reevaluations) {
    this.persons = persons;
    this.achievements = achievements;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.reevaluations = reevaluations;
  }

  @Override
  public Achievement record(Actor actor, RecordAchievement.Command command) {
    Access.requireAgent(actor);
    Achievement achievement =
        Achievement.earned(
            command.holder(),
            command.kind(),
            command.code(),
            command.earnedOn(),
            command.expiresOn(),
            command.creditEndsOn());
    return unitOfWork.run(
        () -> {
          Person holder = Lookup.person(persons, command.holder());
          if (achievements.heldBy(List.of(command.holder())).stream()
              .anyMatch(achievement::duplicates)) {
            throw new ConflictException(
                "achievement-already-recorded",
                "this person's %s earned on %s is already recorded"
                    .formatted(command.code(), command.earnedOn()));
          }
          Achievement recorded = achievements.add(achievement);
          LocalDate today = clock.today();
          holder
              .organizationOn(today)
              .ifPresent(
                  organization ->
                      reevaluations.reevaluate(
                          List.of(organization),
                          today,
                          new ChangeCause.AchievementRecorded(
                              holder.id(), holder.name(), recorded.code())));
          return recorded;
        });
  }

  @Override
  public List<Achievement> of(Actor actor, PersonId holder) {
    return unitOfWork.read(
        () -> {
          Person person = Lookup.person(persons, holder);
          Access.requireMayRead(actor, person);
          return achievements.heldBy(List.of(holder));
        });
  }
}
