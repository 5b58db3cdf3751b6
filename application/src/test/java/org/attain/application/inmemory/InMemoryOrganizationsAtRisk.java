package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.LapseHorizon;
import org.attain.domain.risk.OrganizationAtRisk;

/**
 * The organizations at risk read from the in-memory stores of memberships, alerts and
 * organizations, with the domain's own rules for the level in force; sorted and cut in memory.
 */
public final class InMemoryOrganizationsAtRisk implements OrganizationsAtRisk {

  private final InMemoryOrganizations organizations;
  private final InMemoryMemberships memberships;
  private final InMemoryAlerts alerts;

  InMemoryOrganizationsAtRisk(
      InMemoryOrganizations organizations, InMemoryMemberships memberships, InMemoryAlerts alerts) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.alerts = alerts;
  }

  @Override
  public Page<OrganizationAtRisk> find(LapseHorizon horizon, PageRequest request) {
    return Paging.page(
        memberships.all().stream()
            .flatMap(membership -> atRisk(membership, horizon).stream())
            .sorted(OrganizationAtRisk.MOST_AT_RISK_FIRST)
            .toList(),
        request);
  }

  private Optional<OrganizationAtRisk> atRisk(Membership membership, LapseHorizon horizon) {
    Optional<MembershipPurchase> inForce = membership.inForceOn(horizon.today());
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    LocalDate termEndsOn =
        membership.purchases().stream()
            .map(p -> p.term().endsOn())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    List<Alert> ongoing = alerts.ongoing(membership.organization());
    boolean restsOnOnePerson =
        ongoing.stream().anyMatch(a -> a.kind() == AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON);
    if (!restsOnOnePerson && !horizon.lapsesWithin(termEndsOn)) {
      return Optional.empty();
    }
    return Optional.of(
        OrganizationAtRisk.of(
            membership.organization(),
            organizations.findById(membership.organization()).orElseThrow().name(),
            inForce.get().level(),
            termEndsOn,
            ongoing.stream()
                .map(a -> new OrganizationAtRisk.OngoingAlert(a.id(), a.kind(), a.raisedOn()))
                .toList(),
            horizon));
  }
}
