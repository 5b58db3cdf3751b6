package org.attain.adapter.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.attain.domain.shared.EmailAddress;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of an organization's referrals and a batch of the expiry job each cost a fixed number of
 * SQL statements, however many referrals there are: counted with Hibernate's statistics.
 */
@QuarkusTest
class ReferralQueriesTest {

  private static final int REFERRALS = 30;

  @Inject UnitOfWork unitOfWork;
  @Inject Organizations organizations;
  @Inject Referrals referrals;
  @Inject SessionFactory sessionFactory;

  private OrganizationId organization;

  @BeforeEach
  void aBusyOrganization() {
    organization = unitOfWork.run(() -> organizations.save(anOrganization())).id();
    unitOfWork.run(
        () ->
            IntStream.range(0, REFERRALS)
                .mapToObj(i -> referrals.save(sent(DAY.minusDays(i % 7))))
                .toList());
  }

  private Referral sent(LocalDate day) {
    return Referral.send(
        organization,
        new CustomerContact("Rita", new EmailAddress("rita@fabrikam.example"), null),
        "Need",
        CompanySize.SMALL,
        day);
  }

  @Test
  void aPageOfReferralsIsOneQueryAndACount() {
    Page<Referral> page =
        counted(
            () ->
                referrals.listByOrganization(
                    organization, Optional.of(ReferralStatus.OPEN), new PageRequest(1, 10)),
            2);

    assertThat(page.items()).hasSize(10);
    assertThat(page.total()).isEqualTo(REFERRALS);
  }

  @Test
  void theExpiryFindsItsBatchInOneQuery() {
    List<ReferralId> due = counted(() -> referrals.openReceivedBefore(DAY.plusYears(1), 25), 1);

    assertThat(due).hasSize(25);
  }

  private <T> T counted(Supplier<T> work, long statements) {
    Statistics statistics = sessionFactory.getStatistics();
    statistics.clear();
    T result = unitOfWork.read(work);
    assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(statements);
    return result;
  }
}
