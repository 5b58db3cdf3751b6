package org.attain.adapter.persistence.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The queries on stored achievements. */
@ApplicationScoped
class AchievementRepository implements PanacheRepositoryBase<AchievementEntity, UUID> {

  /** One statement for up to a chunk of holders; the (holder, code, day) index serves it. */
  List<AchievementEntity> heldBy(Collection<UUID> holders) {
    return list("holderId in ?1 order by holderId, earnedOn, code, id", List.copyOf(holders));
  }
}
