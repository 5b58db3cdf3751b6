package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.attain.application.error.ConflictException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;

/**
 * Records and reads what persons earned. A recorded achievement re-evaluates the organization the
 * person counts for today (R6), holding its lock.
 */
public final class RecordAchievementService implements RecordAchievement {

  private final Persons persons;
  private final Achievements achievements;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final ReevaluationPipeline pipeline;

  public RecordAchievementService(
      Persons persons,
      Achievements achievements,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      ReevaluationPipeline pipeline) {
    this.persons = persons;
    this.achievements = achievements;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.pipeline = pipeline;
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
    LocalDate today = clock.today();
    AtomicReference<Optional<OrganizationId>> locked = new AtomicReference<>();
    return unitOfWork.changing(
        () -> {
          locked.set(Lookup.person(persons, command.holder()).organizationOn(today));
          return locked.get().stream().toList();
        },
        () -> {
          Person holder = Lookup.person(persons, command.holder());
          if (!holder.organizationOn(today).equals(locked.get())) {
            throw ConflictException.concurrentUpdate(); // moved meanwhile: start again
          }
          if (achievements.heldBy(List.of(command.holder())).stream()
              .anyMatch(achievement::duplicates)) {
            throw new ConflictException(
                "achievement-already-recorded",
                "this person's %s earned on %s is already recorded"
                    .formatted(command.code(), command.earnedOn()));
          }
          Achievement recorded = achievements.add(achievement);
          holder
              .organizationOn(today)
              .ifPresent(
                  organization ->
                      pipeline.reevaluate(
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
