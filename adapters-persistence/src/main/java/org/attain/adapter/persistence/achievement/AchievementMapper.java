package org.attain.adapter.persistence.achievement;

import org.attain.adapter.persistence.StoredValues;
import org.attain.domain.achievement.Achievement;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps achievements between the domain and their stored form. */
@Mapper(uses = StoredValues.class)
interface AchievementMapper {

  @Mapping(target = "holder", source = "holderId")
  Achievement toDomain(AchievementEntity entity);

  @Mapping(target = "holderId", source = "holder")
  AchievementEntity toStored(Achievement achievement);
}
