package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.Organizations;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.membership.FeeSchedule;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.PurchaseDecision;
import org.attain.domain.membership.PurchaseKind;
import org.attain.domain.membership.TermPolicy;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Memberships} must do. The store may be shared with other
 * tests and never emptied: each test reads only the memberships of organizations it created.
 */
public abstract class MembershipsContract {

  /** Fees with cents, so that a store that rounds them is caught. */
  private static final MembershipPolicy POLICY =
      new MembershipPolicy(
          TermPolicy.ANNIVERSARY,
          new FeeSchedule(Money.usd("475"), Money.usd("1670.55"), Money.usd("5260.99"), 25));

  /** The store under test. */
  protected abstract Memberships memberships();

  /**
   * Where the organizations that memberships belong to are stored (a database may require them).
   */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private Membership save(Membership membership) {
    return inTransaction(() -> memberships().save(membership));
  }

  private Membership find(OrganizationId organization) {
    return inTransaction(() -> memberships().findByOrganization(organization)).orElseThrow();
  }

  @Test
  public void anOrganizationThatNeverBoughtHasNothingStored() {
    OrganizationId organization = storedOrganization();

    assertThat(inTransaction(() -> memberships().findByOrganization(organization))).isEmpty();
  }

  @Test
  public void aFirstPurchaseIsFoundWithEveryField() {
    OrganizationId organization = storedOrganization();
    Membership membership = Membership.network(organization);
    bought(membership, MembershipLevel.SILVER, DAY, "cloud-platform", "data-platform");

    Membership saved = save(membership);

    assertThat(saved.version()).contains(0L);
    Membership found = find(organization);
    assertThat(found.organization()).isEqualTo(organization);
    assertThat(found.version()).contains(0L);
    assertThat(found.purchases()).isEqualTo(membership.purchases()).isEqualTo(saved.purchases());
    MembershipPurchase purchase = found.purchases().getFirst();
    assertThat(purchase.charged()).isEqualTo(Money.usd("1670.55"));
    assertThat(purchase.qualifiedBy())
        .containsExactly(new CompetencyId("cloud-platform"), new CompetencyId("data-platform"));
  }

  @Test
  public void laterPurchasesAreAppendedInTheOrderTheyWereMadeAndEachSaveGrowsTheVersion() {
    OrganizationId organization = storedOrganization();
    Membership first = Membership.network(organization);
    bought(first, MembershipLevel.SILVER, DAY, "cloud-platform");
    save(first);
    Membership upgraded = find(organization);
    LocalDate upgradeDay = DAY.plusDays(40);
    bought(upgraded, MembershipLevel.GOLD, upgradeDay, "cloud-platform");
    save(upgraded);
    Membership renewed = find(organization);
    LocalDate renewalDay = renewed.termOn(upgradeDay).orElseThrow().renewableFrom();
    bought(renewed, MembershipLevel.GOLD, renewalDay, "cloud-platform");

    Membership saved = save(renewed);

    assertThat(saved.version()).contains(2L);
    Membership found = find(organization);
    assertThat(found.purchases()).isEqualTo(renewed.purchases());
    assertThat(found.purchases())
        .extracting(MembershipPurchase::kind)
        .containsExactly(PurchaseKind.NEW, PurchaseKind.UPGRADE, PurchaseKind.RENEWAL);
    assertThat(found.purchases().get(1).charged()).isEqualTo(Money.usd("3945.74"));
    assertThat(found.levelOn(renewalDay)).isEqualTo(MembershipLevel.GOLD);
  }

  @Test
  public void aPurchaseMadeFromAStaleVersionIsRefused() {
    OrganizationId organization = storedOrganization();
    Membership membership = Membership.network(organization);
    bought(membership, MembershipLevel.SILVER, DAY, "cloud-platform");
    save(membership);
    Membership readFirst = find(organization);
    Membership readSecond = find(organization);
    bought(readFirst, MembershipLevel.GOLD, DAY.plusDays(1), "cloud-platform");
    bought(readSecond, MembershipLevel.GOLD, DAY.plusDays(2), "cloud-platform");
    save(readFirst);

    assertThatThrownBy(() -> save(readSecond))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(find(organization).purchases()).isEqualTo(readFirst.purchases());
    assertThat(find(organization).version()).contains(1L);
  }

  @Test
  public void aSecondFirstPurchaseOfTheSameOrganizationIsRefused() {
    OrganizationId organization = storedOrganization();
    Membership one = Membership.network(organization);
    Membership other = Membership.network(organization);
    bought(one, MembershipLevel.SILVER, DAY, "cloud-platform");
    bought(other, MembershipLevel.GOLD, DAY, "cloud-platform");
    save(one);

    assertThatThrownBy(() -> save(other))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(find(organization).levelOn(DAY)).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  public void eachOrganizationReadsOnlyItsOwnMembership() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    Membership mine = Membership.network(ours);
    bought(mine, MembershipLevel.SILVER, DAY, "cloud-platform");
    Membership other = Membership.network(theirs);
    bought(other, MembershipLevel.GOLD, DAY, "cloud-platform");

    save(mine);
    save(other);

    assertThat(find(ours).levelOn(DAY)).isEqualTo(MembershipLevel.SILVER);
    assertThat(find(theirs).levelOn(DAY)).isEqualTo(MembershipLevel.GOLD);
  }

  @Test
  public void theOrganizationsPaidOnADayAreThoseWhoseTermHoldsThatDayRenewalWindowIncluded() {
    OrganizationId paid = storedOrganization();
    OrganizationId network = storedOrganization();
    Membership membership = Membership.network(paid);
    bought(membership, MembershipLevel.SILVER, DAY, "cloud-platform");
    save(membership);
    LocalDate windowEnd = membership.termOn(DAY).orElseThrow().renewalWindowEndsOn();

    assertThat(inTransaction(() -> paidOn(DAY))).contains(paid).doesNotContain(network);
    assertThat(inTransaction(() -> paidOn(windowEnd))).contains(paid);
    assertThat(inTransaction(() -> paidOn(DAY.minusDays(1)))).doesNotContain(paid);
    assertThat(inTransaction(() -> paidOn(windowEnd.plusDays(1)))).doesNotContain(paid);
  }

  @Test
  public void thePaidOrganizationsArePagedInTheStoresOrderAndARangeReadsOnePageAgain() {
    List<OrganizationId> paid = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      OrganizationId organization = storedOrganization();
      Membership membership = Membership.network(organization);
      bought(membership, MembershipLevel.SILVER, DAY, "cloud-platform");
      save(membership);
      paid.add(organization);
    }
    List<OrganizationId> all = paidOn(DAY).stream().filter(paid::contains).toList();

    List<OrganizationId> paged = new ArrayList<>();
    Optional<OrganizationId> after = Optional.empty();
    while (true) {
      Optional<OrganizationId> from = after;
      List<OrganizationId> page = inTransaction(() -> memberships().paidOn(DAY, from, 2));
      if (page.isEmpty()) {
        break;
      }
      assertThat(page).hasSizeLessThanOrEqualTo(2);
      assertThat(
              inTransaction(() -> memberships().paidBetween(DAY, page.getFirst(), page.getLast())))
          .containsExactlyElementsOf(page);
      paged.addAll(page);
      after = Optional.of(page.getLast());
    }

    assertThat(all).containsExactlyInAnyOrderElementsOf(paid);
    assertThat(paged.stream().filter(paid::contains).toList()).containsExactlyElementsOf(all);
    assertThat(paged).doesNotHaveDuplicates();
  }

  @Test
  public void membershipsAreFoundForManyOrganizationsAtOnceAndANetworkMemberHasNone() {
    OrganizationId silver = storedOrganization();
    OrganizationId network = storedOrganization();
    Membership membership = Membership.network(silver);
    bought(membership, MembershipLevel.SILVER, DAY, "cloud-platform");
    save(membership);

    Map<OrganizationId, Membership> found =
        inTransaction(() -> memberships().findByOrganizations(List.of(silver, network)));

    assertThat(found).containsOnlyKeys(silver);
    assertThat(found.get(silver).levelOn(DAY)).isEqualTo(MembershipLevel.SILVER);
  }

  private List<OrganizationId> paidOn(LocalDate day) {
    return inTransaction(() -> memberships().paidOn(day, Optional.empty(), 10_000));
  }

  /** Buys {@code level} on {@code day} with every named competency attained at Gold. */
  private static void bought(
      Membership membership, MembershipLevel level, LocalDate day, String... competencies) {
    Evaluation evaluation =
        new Evaluation(
            membership.organization(),
            day,
            1,
            Arrays.stream(competencies).map(MembershipsContract::atGold).toList());
    assertThat(membership.purchase(level, day, evaluation, POLICY))
        .isInstanceOf(PurchaseDecision.Approved.class);
  }

  private static Attainment atGold(String competency) {
    PersonsProgress onePerson =
        new PersonsProgress(
            new CertifiedIndividuals(1, Qualification.anyOf("70-533")),
            List.of(new PersonId(UUID.randomUUID())),
            List.of());
    return new Attainment(
        new CompetencyId(competency),
        List.of(
            new LevelProgress(
                Level.SILVER, List.of(new OptionProgress("Silver", List.of(onePerson)))),
            new LevelProgress(
                Level.GOLD, List.of(new OptionProgress("Gold", List.of(onePerson))))));
  }
}
