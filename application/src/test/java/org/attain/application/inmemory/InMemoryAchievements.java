package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.attain.application.port.out.Achievements;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.PersonId;

/** Achievements kept in recording order; they are immutable records and are never changed. */
public final class InMemoryAchievements implements Achievements, Snapshotting {

  private final List<Achievement> stored = new ArrayList<>();

  @Override
  public synchronized Achievement add(Achievement achievement) {
    stored.add(achievement);
    return achievement;
  }

  @Override
  public synchronized List<Achievement> heldBy(Collection<PersonId> holders) {
    Set<PersonId> wanted = Set.copyOf(holders);
    return stored.stream().filter(a -> wanted.contains(a.holder())).toList();
  }

  @Override
  public synchronized Runnable snapshot() {
    List<Achievement> copy = List.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.addAll(copy);
      }
    };
  }

  /** Every recorded achievement, for tests that check nothing was written. */
  public synchronized List<Achievement> all() {
    return List.copyOf(stored);
  }
}
