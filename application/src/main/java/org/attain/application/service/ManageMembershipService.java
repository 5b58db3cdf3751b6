package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.PurchaseRefusedException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageMembership;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.Evaluated;
import org.attain.application.reevaluation.Evaluations;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.membership.PurchaseDecision;
import org.attain.domain.organization.OrganizationId;

/**
 * R4, R5: buys and reads memberships. Each purchase is checked against the engine's evaluation of
 * the organization on the day it is made; the rules themselves are the domain's.
 */
public final class ManageMembershipService implements ManageMembership {

  private final Memberships memberships;
  private final Evaluations evaluations;
  private final MembershipPolicy policy;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final ReevaluationPipeline pipeline;

  /** The evaluation by the engine, and what else the use case reads and writes. */
  public ManageMembershipService(
      Memberships memberships,
      Evaluations evaluations,
      MembershipPolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      ReevaluationPipeline pipeline) {
    this.memberships = memberships;
    this.evaluations = evaluations;
    this.policy = policy;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
    this.pipeline = pipeline;
  }

  @Override
  public Status purchase(Actor actor, OrganizationId organization, MembershipLevel level) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = clock.today();
    return unitOfWork.changing(
        List.of(organization),
        () -> {
          Evaluated evaluated = evaluations.of(organization, day);
          Evaluation evaluation = evaluated.evaluation();
          Membership membership = stored(organization);
          PurchaseDecision decision = membership.purchase(level, day, evaluation, policy);
          if (decision instanceof PurchaseDecision.Refused refused) {
            throw new PurchaseRefusedException(refused);
          }
          Membership saved = memberships.save(membership);
          pipeline.reevaluate(organization, evaluated, new ChangeCause.MembershipPurchased(level));
          return view(saved, day, evaluation);
        });
  }

  @Override
  public Status status(Actor actor, OrganizationId organization, Optional<LocalDate> asOf) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(
        () -> view(stored(organization), day, evaluations.of(organization, day).evaluation()));
  }

  /** The stored membership, or a network member's when the organization never bought one. */
  private Membership stored(OrganizationId organization) {
    return memberships
        .findByOrganization(organization)
        .orElseGet(() -> Membership.network(organization));
  }

  private Status view(Membership membership, LocalDate day, Evaluation evaluation) {
    return new Status(
        membership.organization(),
        day,
        membership.statusOn(day, evaluation, policy),
        membership.purchases().stream().filter(p -> !p.purchasedOn().isAfter(day)).toList());
  }
}
