package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetency;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link TermRecords} must do. The store may be shared with other
 * tests and never emptied: each test reads only the records of organizations it created.
 */
public abstract class TermRecordsContract {

  static final MembershipTerm TERM =
      new MembershipTerm(DAY, DAY.plusYears(1).minusDays(1), DAY.plusMonths(9), DAY.plusYears(1));
  static final MembershipTerm NEXT_TERM =
      new MembershipTerm(
          TERM.nextStart(),
          TERM.nextStart().plusYears(1).minusDays(1),
          TERM.nextStart().plusMonths(9),
          TERM.nextStart().plusYears(1));
  static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  static final CompetencyId DATA = new CompetencyId("data-platform");

  /** The store under test. */
  protected abstract TermRecords records();

  /** Where the organizations that records belong to are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private void save(TermAttainments record) {
    inTransaction(
        () -> {
          records().save(record, List.of(new ShownCompetency(CLOUD, Level.SILVER)));
          return null;
        });
  }

  private TermAttainments find(OrganizationId organization, MembershipTerm term) {
    return inTransaction(() -> records().find(organization, term));
  }

  @Test
  public void aTermWithNothingStoredHasAnEmptyRecord() {
    OrganizationId organization = storedOrganization();

    assertThat(find(organization, TERM)).isEqualTo(TermAttainments.startOf(organization, TERM));
  }

  @Test
  public void aSavedRecordIsFoundAsSavedAndAnEmptyOneToo() {
    OrganizationId organization = storedOrganization();
    TermAttainments record =
        new TermAttainments(
            organization, TERM, Map.of(CLOUD, AttainedLevel.GOLD, DATA, AttainedLevel.SILVER));

    save(TermAttainments.startOf(organization, TERM));
    save(record);

    assertThat(find(organization, TERM)).isEqualTo(record);
  }

  @Test
  public void savingRaisesTheStoredLevelsAndNeverLowersOne() {
    OrganizationId organization = storedOrganization();
    save(new TermAttainments(organization, TERM, Map.of(CLOUD, AttainedLevel.SILVER)));
    save(new TermAttainments(organization, TERM, Map.of(DATA, AttainedLevel.GOLD)));
    save(new TermAttainments(organization, TERM, Map.of(CLOUD, AttainedLevel.GOLD)));

    save(new TermAttainments(organization, TERM, Map.of(DATA, AttainedLevel.SILVER)));

    assertThat(find(organization, TERM).highest())
        .isEqualTo(Map.of(CLOUD, AttainedLevel.GOLD, DATA, AttainedLevel.GOLD));
  }

  @Test
  public void eachTermAndEachOrganizationHasItsOwnRecord() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();

    save(new TermAttainments(ours, TERM, Map.of(CLOUD, AttainedLevel.SILVER)));
    save(new TermAttainments(ours, NEXT_TERM, Map.of(DATA, AttainedLevel.GOLD)));
    save(new TermAttainments(theirs, TERM, Map.of(DATA, AttainedLevel.SILVER)));

    assertThat(find(ours, TERM).highest()).isEqualTo(Map.of(CLOUD, AttainedLevel.SILVER));
    assertThat(find(ours, NEXT_TERM).highest()).isEqualTo(Map.of(DATA, AttainedLevel.GOLD));
    assertThat(find(theirs, TERM).highest()).isEqualTo(Map.of(DATA, AttainedLevel.SILVER));
    assertThat(find(theirs, NEXT_TERM).highest()).isEmpty();
  }

  @Test
  public void whatIsKeptForManyOrganizationsIsReadAtOnceWithWhatTheirProfilesShow() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    OrganizationId nothing = storedOrganization();
    save(new TermAttainments(ours, TERM, Map.of(CLOUD, AttainedLevel.GOLD)));
    save(new TermAttainments(theirs, NEXT_TERM, Map.of(DATA, AttainedLevel.SILVER)));

    Map<OrganizationId, TermRecords.Kept> kept =
        inTransaction(() -> records().kept(Map.of(ours, TERM, theirs, TERM, nothing, TERM)));

    assertThat(kept.get(ours).record().highest()).isEqualTo(Map.of(CLOUD, AttainedLevel.GOLD));
    assertThat(kept.get(ours).shown()).containsExactly(new ShownCompetency(CLOUD, Level.SILVER));
    assertThat(kept.get(theirs).record().highest())
        .as("another term's record is not this term's")
        .isEmpty();
    assertThat(kept.get(theirs).shown()).containsExactly(new ShownCompetency(CLOUD, Level.SILVER));
    assertThat(kept.get(nothing).record()).isEqualTo(TermAttainments.startOf(nothing, TERM));
    assertThat(kept.get(nothing).shown()).isEmpty();
  }

  @Test
  public void aProfileShowsItsCompetenciesGoldFirstUntilTheRenewalWindowEnds() {
    OrganizationId ours = storedOrganization();
    OrganizationId theirs = storedOrganization();
    inTransaction(
        () -> {
          records()
              .save(
                  new TermAttainments(
                      ours, TERM, Map.of(CLOUD, AttainedLevel.SILVER, DATA, AttainedLevel.GOLD)),
                  List.of(
                      new ShownCompetency(CLOUD, Level.SILVER),
                      new ShownCompetency(DATA, Level.GOLD)));
          return null;
        });

    assertThat(inTransaction(() -> records().shownOn(List.of(ours, theirs), TERM.endsOn())))
        .containsOnlyKeys(ours)
        .extractingByKey(ours)
        .isEqualTo(
            List.of(
                new ShownCompetency(DATA, Level.GOLD), new ShownCompetency(CLOUD, Level.SILVER)));
    assertThat(inTransaction(() -> records().shownOn(List.of(ours), TERM.renewalWindowEndsOn())))
        .containsKey(ours);
    assertThat(
            inTransaction(
                () -> records().shownOn(List.of(ours), TERM.renewalWindowEndsOn().plusDays(1))))
        .isEmpty();
  }
}
