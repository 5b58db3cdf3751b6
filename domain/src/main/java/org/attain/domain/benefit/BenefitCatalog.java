package org.attain.domain.benefit;

import java.util.List;
import java.util.Optional;
import org.attain.domain.shared.ListGuard;

/** R9: the programme's benefit offers, as data a programme agent maintains. */
public record BenefitCatalog(List<BenefitOffer> offers) {

  public static final int MAX_OFFERS = 200;

  public BenefitCatalog {
    offers = ListGuard.of(offers, "offers", 1, MAX_OFFERS);
    ListGuard.distinct(offers, BenefitOffer::id, "offers", "id");
    ListGuard.distinct(offers, BenefitOffer::name, "offers", "name");
  }

  public Optional<BenefitOffer> offer(BenefitId id) {
    return offers.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}
