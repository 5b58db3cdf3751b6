package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.freshEmail;
import static org.attain.application.contract.ContractSamples.longText;
import static org.attain.application.contract.ContractSamples.token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Referrals;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.PhoneNumber;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Referrals} must do. The store may be shared with other tests
 * and never emptied: lists are read per fresh organization, and the expiry query on days long
 * before any other test's.
 */
public abstract class ReferralsContract {

  /** The store under test. */
  protected abstract Referrals referrals();

  /** Where the organizations that referrals are sent to are stored. */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    Organization organization =
        Organization.register(
            "Partner " + token(),
            new CountryCode("PT"),
            Market.DEVELOPED,
            List.of(new AdminContact("Ana Admin", freshEmail())));
    return inTransaction(() -> organizations().save(organization)).id();
  }

  private static Referral sent(OrganizationId organization, LocalDate day) {
    return Referral.send(
        organization,
        new CustomerContact("Rita Lopes", freshEmail(), null),
        "Move our ERP to the cloud.",
        CompanySize.SMALL,
        day);
  }

  private Referral save(Referral referral) {
    return inTransaction(() -> referrals().save(referral));
  }

  private Referral find(ReferralId id) {
    return inTransaction(() -> referrals().findById(id)).orElseThrow();
  }

  private Page<Referral> list(
      OrganizationId organization, ReferralStatus status, PageRequest request) {
    return inTransaction(
        () -> referrals().listByOrganization(organization, Optional.ofNullable(status), request));
  }

  @Test
  public void aReferralIsReadBackAsSentWithAccentsLineBreaksAndTheLongestNeed() {
    OrganizationId organization = storedOrganization();
    String need = "Migração\n" + longText("ção", Referral.MAX_NEED_LENGTH - 9);
    Referral referral =
        Referral.send(
            organization,
            new CustomerContact(
                "José Núñez", freshEmail(), new PhoneNumber("+351 (21) 000-0000"), "Fábrica Lda"),
            need,
            CompanySize.ENTERPRISE,
            DAY);

    Referral saved = save(referral);

    assertThat(saved.version()).contains(0L);
    Referral found = find(referral.id());
    assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(referral);
    assertThat(found.need()).hasSize(Referral.MAX_NEED_LENGTH);
    assertThat(found.version()).contains(0L);
  }

  @Test
  public void aContactWithOnlyAPhoneAndNoCompanyIsKeptSo() {
    Referral referral =
        Referral.send(
            storedOrganization(),
            new CustomerContact("Rita", null, new PhoneNumber("21 000 0000")),
            "Need",
            CompanySize.MICRO,
            DAY);

    save(referral);

    CustomerContact contact = find(referral.id()).contact();
    assertThat(contact.emailIfGiven()).isEmpty();
    assertThat(contact.companyIfGiven()).isEmpty();
    assertThat(contact.phoneIfGiven()).contains(new PhoneNumber("21 000 0000"));
  }

  @Test
  public void anUnknownReferralIsNotFound() {
    assertThat(inTransaction(() -> referrals().findById(ReferralId.newId()))).isEmpty();
  }

  @Test
  public void aStatusChangeIsStoredAndAStaleOrDuplicateOneIsAConflict() {
    Referral referral = save(sent(storedOrganization(), DAY));
    Referral read = find(referral.id());
    read.accept(DAY.plusDays(2));

    Referral accepted = save(read);

    assertThat(accepted.version()).contains(1L);
    Referral found = find(referral.id());
    assertThat(found.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(found.statusChangedOn()).isEqualTo(DAY.plusDays(2));
    Referral stale = referral;
    stale.decline(DAY.plusDays(3));
    assertThatThrownBy(() -> save(stale)).isInstanceOf(ConflictException.class);
    assertThat(find(referral.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  public void aNewReferralSavedTwiceIsAConflict() {
    Referral referral = sent(storedOrganization(), DAY);
    save(referral);

    assertThatThrownBy(() -> save(referral)).isInstanceOf(ConflictException.class);
  }

  @Test
  public void anOrganizationsReferralsAreListedNewestFirstPagedAndFilteredByStatus() {
    OrganizationId organization = storedOrganization();
    Referral oldest = save(sent(organization, DAY.minusDays(2)));
    Referral middle = save(sent(organization, DAY.minusDays(1)));
    Referral newest = save(sent(organization, DAY));
    save(sent(storedOrganization(), DAY));
    Referral declined = find(middle.id());
    declined.decline(DAY);
    save(declined);

    Page<Referral> first = list(organization, null, new PageRequest(0, 2));
    Page<Referral> second = list(organization, null, new PageRequest(1, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(Referral::id).containsExactly(newest.id(), middle.id());
    assertThat(second.items()).extracting(Referral::id).containsExactly(oldest.id());
    Page<Referral> open = list(organization, ReferralStatus.OPEN, new PageRequest(0, 10));
    assertThat(open.total()).isEqualTo(2);
    assertThat(open.items()).extracting(Referral::id).containsExactly(newest.id(), oldest.id());
    assertThat(list(organization, ReferralStatus.DECLINED, new PageRequest(0, 10)).items())
        .extracting(Referral::status)
        .containsExactly(ReferralStatus.DECLINED);
    assertThat(list(organization, ReferralStatus.WON, new PageRequest(0, 10)).total()).isZero();
  }

  @Test
  public void referralsOfOneDayArePagedInOneStableOrder() {
    OrganizationId organization = storedOrganization();
    for (int i = 0; i < 5; i++) {
      save(sent(organization, DAY));
    }

    List<ReferralId> whole =
        list(organization, null, new PageRequest(0, 5)).items().stream().map(Referral::id).toList();
    List<ReferralId> paged =
        IntStream.range(0, 5)
            .mapToObj(page -> list(organization, null, new PageRequest(page, 1)).items().get(0))
            .map(Referral::id)
            .toList();

    assertThat(paged).containsExactlyElementsOf(whole);
  }

  @Test
  public void theOpenReferralsReceivedBeforeADayAreFoundOldestFirstUpToTheLimit() {
    OrganizationId organization = storedOrganization();
    LocalDate longAgo = LocalDate.of(1901, 1, 10);
    Referral first = save(sent(organization, longAgo.minusDays(3)));
    Referral second = save(sent(organization, longAgo.minusDays(2)));
    Referral third = save(sent(organization, longAgo.minusDays(1)));
    save(sent(organization, longAgo));
    Referral answered = find(save(sent(organization, longAgo.minusDays(4))).id());
    answered.accept(longAgo.minusDays(4));
    save(answered);

    assertThat(inTransaction(() -> referrals().openReceivedBefore(longAgo, 10)))
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(inTransaction(() -> referrals().openReceivedBefore(longAgo, 2)))
        .containsExactly(first.id(), second.id());
  }
}
