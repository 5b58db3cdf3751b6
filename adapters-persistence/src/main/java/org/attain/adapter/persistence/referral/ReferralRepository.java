package org.attain.adapter.persistence.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attain.domain.referral.ReferralStatus;

/** The queries on stored referrals, each along one of the indexes of V6__referrals.sql. */
@ApplicationScoped
class ReferralRepository implements PanacheRepositoryBase<ReferralEntity, UUID> {

  private static final Sort NEWEST_FIRST =
      Sort.by("receivedOn", Sort.Direction.Descending).and("id");

  List<ReferralEntity> pageOf(
      UUID organization, Optional<ReferralStatus> status, int firstRow, int size) {
    return status
        .map(
            s ->
                find(
                    "organizationId = :organization and status = :status",
                    NEWEST_FIRST,
                    Parameters.with("organization", organization).and("status", s)))
        .orElseGet(
            () ->
                find(
                    "organizationId = :organization",
                    NEWEST_FIRST,
                    Parameters.with("organization", organization)))
        .range(firstRow, firstRow + size - 1)
        .list();
  }

  long countOf(UUID organization, Optional<ReferralStatus> status) {
    return status
        .map(
            s ->
                count(
                    "organizationId = :organization and status = :status",
                    Parameters.with("organization", organization).and("status", s)))
        .orElseGet(
            () ->
                count(
                    "organizationId = :organization",
                    Parameters.with("organization", organization)));
  }

  List<UUID> openReceivedBefore(LocalDate day, int limit) {
    return getEntityManager()
        .createQuery(
            "select r.id from ReferralEntity r where r.status = :open and r.receivedOn < :day"
                + " order by r.receivedOn, r.id",
            UUID.class)
        .setParameter("open", ReferralStatus.OPEN)
        .setParameter("day", day)
        .setMaxResults(limit)
        .getResultList();
  }
}
