package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attain.application.error.ConflictException;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.organization.OrganizationId;

/** Benefit claims kept in a list; one per organization, offer and claim period, as in a table. */
public final class InMemoryClaimedBenefits implements ClaimedBenefits, Snapshotting {

  private static final Comparator<BenefitClaim> NEWEST_FIRST =
      Comparator.comparing(BenefitClaim::claimedOn)
          .reversed()
          .thenComparing(c -> c.offer().value());

  private final List<BenefitClaim> stored = new ArrayList<>();

  @Override
  public synchronized BenefitClaim add(BenefitClaim claim) {
    boolean taken =
        stored.stream()
            .anyMatch(
                c ->
                    c.organization().equals(claim.organization())
                        && c.offer().equals(claim.offer())
                        && c.claimPeriodStartsOn().equals(claim.claimPeriodStartsOn()));
    if (taken) {
      throw ConflictException.concurrentUpdate();
    }
    stored.add(claim);
    return claim;
  }

  @Override
  public synchronized List<BenefitClaim> inPeriod(
      OrganizationId organization, LocalDate claimPeriodStartsOn) {
    return ofOrganization(organization).stream()
        .filter(c -> c.claimPeriodStartsOn().equals(claimPeriodStartsOn))
        .toList();
  }

  @Override
  public synchronized List<BenefitClaim> ofOrganization(OrganizationId organization) {
    return stored.stream()
        .filter(c -> c.organization().equals(organization))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public synchronized Runnable snapshot() {
    List<BenefitClaim> copy = List.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.addAll(copy);
      }
    };
  }
}
