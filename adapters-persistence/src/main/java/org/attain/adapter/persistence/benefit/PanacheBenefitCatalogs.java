package org.attain.adapter.persistence.benefit;

import jakarta.enterprise.context.ApplicationScoped;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.domain.benefit.BenefitCatalog;

/** The benefits catalog read from its table, which migrations fill; runs in the caller's work. */
@ApplicationScoped
public class PanacheBenefitCatalogs implements BenefitCatalogs {

  private final BenefitOfferRepository repository;

  PanacheBenefitCatalogs(BenefitOfferRepository repository) {
    this.repository = repository;
  }

  @Override
  public BenefitCatalog current() {
    return new BenefitCatalog(
        repository.inCatalogOrder().stream().map(BenefitMapper::toDomain).toList());
  }
}
