package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.organizationNamed;
import static org.attain.application.contract.ContractSamples.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Organizations} must do. The store may be shared with other
 * tests and never emptied: each test asserts only on the organizations it created.
 */
public abstract class OrganizationsContract {

  /** The store under test. */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private Organization save(Organization organization) {
    return inTransaction(() -> organizations().save(organization));
  }

  private Organization find(OrganizationId id) {
    return inTransaction(() -> organizations().findById(id)).orElseThrow();
  }

  @Test
  public void aSavedOrganizationIsFoundWithEveryField() {
    Organization organization = anOrganization();

    Organization saved = save(organization);

    assertThat(saved).usingRecursiveComparison().ignoringFields("version").isEqualTo(organization);
    assertThat(find(organization.id())).isEqualTo(saved);
    assertThat(inTransaction(() -> organizations().exists(organization.id()))).isTrue();
  }

  @Test
  public void theLongestValuesAndAccentedTextAreKeptExactly() {
    List<AdminContact> admins =
        IntStream.range(0, Organization.MAX_ADMINS)
            .mapToObj(
                i ->
                    new AdminContact(
                        ContractSamples.longText("Admin " + i, AdminContact.MAX_NAME_LENGTH),
                        ContractSamples.longestEmail()))
            .toList();
    Organization organization =
        Organization.register(
            ContractSamples.longText("org" + token(), Organization.MAX_NAME_LENGTH),
            new CountryCode("ST"),
            Market.DEVELOPING,
            admins);

    Organization saved = save(organization);

    assertThat(find(organization.id())).isEqualTo(saved);
    assertThat(find(organization.id()).admins()).isEqualTo(admins);
  }

  @Test
  public void anUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThat(inTransaction(() -> organizations().findById(unknown))).isEmpty();
    assertThat(inTransaction(() -> organizations().exists(unknown))).isFalse();
  }

  @Test
  public void versionsStartAtZeroAndGrowByOneWithEachChange() {
    Organization first = save(anOrganization());
    Organization second = save(renamed(find(first.id()), "org" + token()));
    Organization third = save(renamed(find(first.id()), "org" + token()));

    assertThat(first.version()).isZero();
    assertThat(second.version()).isEqualTo(1L);
    assertThat(third.version()).isEqualTo(2L);
    assertThat(find(first.id())).isEqualTo(third);
  }

  @Test
  public void aChangeToEveryFieldIsStored() {
    Organization stored = save(anOrganization());
    Organization changed =
        new Organization(
            stored.id(),
            "org" + token(),
            new CountryCode("PT"),
            Market.DEVELOPED,
            List.of(
                new AdminContact("Carla", new EmailAddress("carla" + token() + "@example.com"))),
            stored.version());

    Organization saved = save(changed);

    assertThat(find(stored.id())).isEqualTo(saved);
    assertThat(saved.admins()).isEqualTo(changed.admins());
    assertThat(saved.country()).isEqualTo(new CountryCode("PT"));
  }

  @Test
  public void aChangeMadeFromAStaleVersionIsRefused() {
    Organization stored = save(anOrganization());
    Organization readFirst = find(stored.id());
    Organization readSecond = find(stored.id());
    save(renamed(readFirst, "org" + token()));

    assertThatThrownBy(() -> save(renamed(readSecond, "org" + token())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(find(stored.id()).version()).isEqualTo(1L);
  }

  @Test
  public void aNewOrganizationWhoseIdIsAlreadyStoredIsRefused() {
    Organization organization = anOrganization();
    save(organization);

    assertThatThrownBy(() -> save(organization))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
  }

  @Test
  public void organizationsAreListedByNameThenIdAcrossPages() {
    String prefix = "0" + token();
    Organization b = save(organizationNamed(prefix + "b"));
    Organization twinOne = save(organizationNamed(prefix + "c"));
    Organization a = save(organizationNamed(prefix + "a"));
    Organization twinTwo = save(organizationNamed(prefix + "c"));
    List<OrganizationId> expected = new ArrayList<>(List.of(a.id(), b.id()));
    expected.addAll(
        List.of(twinOne, twinTwo).stream()
            .sorted(Comparator.comparing(o -> o.id().toString()))
            .map(Organization::id)
            .toList());

    List<OrganizationId> listed = new ArrayList<>();
    long total = -1;
    for (int page = 0; !listed.containsAll(expected); page++) {
      Page<Organization> current = list(page, PageRequest.MAX_SIZE);
      assertThat(current.items()).as("page %d of a list that holds ours", page).isNotEmpty();
      assertThat(current.items().size()).isLessThanOrEqualTo(PageRequest.MAX_SIZE);
      total = current.total();
      current.items().forEach(o -> listed.add(o.id()));
    }

    int start = listed.indexOf(a.id());
    assertThat(listed.subList(start, start + expected.size())).isEqualTo(expected);
    assertThat(total).isGreaterThanOrEqualTo(listed.size());
    assertThat(list(start, 1).items()).extracting(Organization::id).containsExactly(a.id());
    assertThat(list(start + 1, 1).items()).extracting(Organization::id).containsExactly(b.id());
    assertThat(list(start + 1, 1).total()).isEqualTo(total);
  }

  @Test
  public void aPageBeyondTheEndIsEmptyButTellsTheTotal() {
    save(anOrganization());
    long total = list(0, 1).total();

    Page<Organization> beyond = list((int) total + 1, 1);

    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isGreaterThanOrEqualTo(total);
    assertThat(beyond.request()).isEqualTo(new PageRequest((int) total + 1, 1));
  }

  private Page<Organization> list(int page, int size) {
    return inTransaction(() -> organizations().list(new PageRequest(page, size)));
  }

  private static Organization renamed(Organization organization, String name) {
    return new Organization(
        organization.id(),
        name,
        organization.country(),
        organization.market(),
        organization.admins(),
        organization.version());
  }
}
