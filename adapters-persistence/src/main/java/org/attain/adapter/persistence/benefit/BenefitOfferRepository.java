package org.attain.adapter.persistence.benefit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The queries on the stored benefits catalog. */
@ApplicationScoped
class BenefitOfferRepository implements PanacheRepositoryBase<BenefitOfferEntity, String> {

  List<BenefitOfferEntity> inCatalogOrder() {
    return listAll(Sort.by("listIndex"));
  }
}
