package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Referrals;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;

/**
 * Referrals kept in a map, ordered as the database orders them. A referral changes in place, so the
 * map keeps copies: a caller's change reaches the store only through {@link #save}.
 */
public final class InMemoryReferrals implements Referrals, Snapshotting {

  /** Newest first; within a day by id, as the database compares UUIDs (unsigned, byte by byte). */
  private static final Comparator<Referral> NEWEST_FIRST =
      Comparator.comparing(Referral::receivedOn)
          .reversed()
          .thenComparing(referral -> referral.id().value().toString());

  private final Map<ReferralId, Referral> stored = new HashMap<>();

  @Override
  public synchronized Referral save(Referral referral) {
    Referral current = stored.get(referral.id());
    long version =
        Versions.next(
            current == null ? null : current.version().orElseThrow(),
            referral.version().orElse(null));
    stored.put(referral.id(), copy(referral, version));
    return copy(referral, version);
  }

  @Override
  public synchronized Optional<Referral> findById(ReferralId id) {
    return Optional.ofNullable(stored.get(id))
        .map(referral -> copy(referral, referral.version().orElseThrow()));
  }

  @Override
  public synchronized Page<Referral> listByOrganization(
      OrganizationId organization, Optional<ReferralStatus> status, PageRequest request) {
    return Paging.page(
        stored.values().stream()
            .filter(referral -> referral.organization().equals(organization))
            .filter(referral -> status.map(s -> s == referral.status()).orElse(true))
            .sorted(NEWEST_FIRST)
            .map(referral -> copy(referral, referral.version().orElseThrow()))
            .toList(),
        request);
  }

  @Override
  public synchronized List<ReferralId> openReceivedBefore(LocalDate day, int limit) {
    return stored.values().stream()
        .filter(referral -> referral.status() == ReferralStatus.OPEN)
        .filter(referral -> referral.receivedOn().isBefore(day))
        .sorted(
            Comparator.comparing(Referral::receivedOn)
                .thenComparing(referral -> referral.id().value().toString()))
        .limit(limit)
        .map(Referral::id)
        .toList();
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<ReferralId, Referral> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }

  private static Referral copy(Referral referral, long version) {
    return Referral.restore(
        referral.id(),
        referral.organization(),
        referral.contact(),
        referral.need(),
        referral.size(),
        referral.receivedOn(),
        referral.status(),
        referral.statusChangedOn(),
        version);
  }
}
