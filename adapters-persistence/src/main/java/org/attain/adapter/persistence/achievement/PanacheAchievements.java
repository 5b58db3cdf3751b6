package org.attain.adapter.persistence.achievement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.Achievements;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.PersonId;

/** Achievements stored with Hibernate ORM; runs inside the caller's unit of work. */
@ApplicationScoped
public class PanacheAchievements implements Achievements {

  /** Holders per statement: keeps the IN list well inside every database's parameter limit. */
  static final int HOLDERS_PER_QUERY = 1000;

  private final AchievementRepository repository;
  private final AchievementMapper mapper;

  PanacheAchievements(AchievementRepository repository, AchievementMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Achievement add(Achievement achievement) {
    repository.persist(mapper.toStored(achievement));
    StoreConflicts.flush(repository.getEntityManager());
    return achievement;
  }

  /** One statement per {@value #HOLDERS_PER_QUERY} distinct holders, none for no holder. */
  @Override
  public List<Achievement> heldBy(Collection<PersonId> holders) {
    List<UUID> distinct =
        List.copyOf(new LinkedHashSet<>(holders.stream().map(PersonId::value).toList()));
    List<Achievement> held = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += HOLDERS_PER_QUERY) {
      List<UUID> chunk =
          distinct.subList(from, Math.min(from + HOLDERS_PER_QUERY, distinct.size()));
      repository.heldBy(chunk).stream().map(mapper::toDomain).forEach(held::add);
    }
    return List.copyOf(held);
  }
}
