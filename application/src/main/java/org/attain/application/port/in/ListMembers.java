package org.attain.application.port.in;

import java.util.List;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;

/** The persons an organization counts today, each with their achievements. */
public interface ListMembers {

  Page<Member> list(Actor actor, OrganizationId organization, PageRequest request);

  record Member(Person person, List<Achievement> achievements) {
    public Member {
      achievements = List.copyOf(achievements);
    }
  }
}
