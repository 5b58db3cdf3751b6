package org.attain.adapter.persistence.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.OrganizationsAtRiskContract;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.OrganizationAtRisk;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The stored view of organizations at risk honours the contract, on H2 or PostgreSQL, and a page
 * costs one SQL statement whatever its size (counted with Hibernate's statistics).
 */
@QuarkusTest
class PanacheOrganizationsAtRiskTest extends OrganizationsAtRiskContract {

  @Inject OrganizationsAtRisk organizationsAtRisk;
  @Inject Organizations organizations;
  @Inject Memberships memberships;
  @Inject Alerts alerts;
  @Inject UnitOfWork unitOfWork;
  @Inject SessionFactory sessionFactory;

  @Override
  protected OrganizationsAtRisk organizationsAtRisk() {
    return organizationsAtRisk;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected Memberships memberships() {
    return memberships;
  }

  @Override
  protected Alerts alerts() {
    return alerts;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  @Test
  void aPageIsOneStatementWhateverItsSizeAndOnePastTheEndCountsInASecond() {
    for (int i = 0; i < 3; i++) {
      restingOnOnePerson(memberWithDaysLeft(10 + i, MembershipLevel.GOLD));
    }

    Page<OrganizationAtRisk> ofOne = counted(1, () -> page(0, 1));
    Page<OrganizationAtRisk> ofAHundred = counted(1, () -> page(0, PageRequest.MAX_SIZE));
    Page<OrganizationAtRisk> pastTheEnd = counted(2, () -> page(1_000_000, PageRequest.MAX_SIZE));

    assertThat(ofOne.items()).hasSize(1);
    assertThat(ofAHundred.items()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(ofOne.total()).isEqualTo(ofAHundred.total());
  }

  private Page<OrganizationAtRisk> page(int page, int size) {
    return organizationsAtRisk.find(THIRTY_DAYS, new PageRequest(page, size));
  }

  private <T> T counted(long statements, Supplier<T> read) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    T result = unitOfWork.read(read);
    assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(statements);
    return result;
  }
}
