package org.attain.application.inmemory;

import java.time.LocalDate;
import org.attain.application.contract.EvidenceContract;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;

/** The evidence read through the in-memory stores' ports honours the contract. */
class StoredEvidenceTest extends EvidenceContract {

  private final InMemoryStores stores = new InMemoryStores(LocalDate.of(2025, 3, 10));

  @Override
  protected Evidence evidence() {
    return stores.evidence;
  }

  @Override
  protected Organizations organizations() {
    return stores.organizations;
  }

  @Override
  protected Persons persons() {
    return stores.persons;
  }

  @Override
  protected Achievements achievements() {
    return stores.achievements;
  }

  @Override
  protected MetricReports metrics() {
    return stores.metrics;
  }

  @Override
  protected Overrides overrides() {
    return stores.overrides;
  }

  @Override
  protected Catalogs catalogs() {
    return stores.catalogs;
  }
}
