package org.attain.adapter.rest.achievement;

import java.util.List;
import java.util.UUID;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.RecordAchievement;
import org.attain.domain.achievement.Achievement;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps achievement requests to commands and achievements to responses. */
@Mapper(config = MappingConfig.class)
public interface AchievementMapper extends ValueMappings {

  @Mapping(target = "holder", source = "personId")
  RecordAchievement.Command toCommand(UUID personId, RecordAchievementRequest request);

  @Mapping(target = "personId", source = "holder")
  AchievementResponse toResponse(Achievement achievement);

  List<AchievementResponse> toResponses(List<Achievement> achievements);
}
