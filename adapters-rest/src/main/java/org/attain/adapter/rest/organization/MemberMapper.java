package org.attain.adapter.rest.organization;

import java.time.LocalDate;
import java.util.List;
import org.attain.adapter.rest.achievement.AchievementMapper;
import org.attain.adapter.rest.achievement.AchievementResponse;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.application.port.in.ListMembers.Member;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.person.Association;
import org.attain.domain.person.Person;
import org.mapstruct.Mapper;

/**
 * Maps an organization's members to responses. {@link Person} is not a bean MapStruct can read, so
 * the person's part is written out; the achievements are mapped by {@link AchievementMapper}.
 */
@Mapper(config = MappingConfig.class, uses = AchievementMapper.class)
public interface MemberMapper {

  default MemberResponse toResponse(Member member) {
    Person person = member.person();
    return new MemberResponse(
        person.id().value(),
        person.name(),
        person.email().value(),
        since(person),
        achievements(member.achievements()));
  }

  List<AchievementResponse> achievements(List<Achievement> achievements);

  /** When the person's current association began. */
  private static LocalDate since(Person person) {
    return person.associations().stream()
        .filter(Association::isOpen)
        .map(Association::since)
        .findFirst()
        .orElse(null);
  }
}
