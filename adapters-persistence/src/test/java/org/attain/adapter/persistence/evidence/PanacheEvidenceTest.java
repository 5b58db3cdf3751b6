package org.attain.adapter.persistence.evidence;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.attain.application.contract.EvidenceContract;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.UnitOfWork;

/** The evidence read by three statements honours the contract, on H2 or PostgreSQL. */
@QuarkusTest
class PanacheEvidenceTest extends EvidenceContract {

  @Inject Evidence evidence;
  @Inject Organizations organizations;
  @Inject Persons persons;
  @Inject Achievements achievements;
  @Inject MetricReports metrics;
  @Inject Overrides overrides;
  @Inject Catalogs catalogs;
  @Inject UnitOfWork unitOfWork;

  @Override
  protected Evidence evidence() {
    return evidence;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }

  @Override
  protected Persons persons() {
    return persons;
  }

  @Override
  protected Achievements achievements() {
    return achievements;
  }

  @Override
  protected MetricReports metrics() {
    return metrics;
  }

  @Override
  protected Overrides overrides() {
    return overrides;
  }

  @Override
  protected Catalogs catalogs() {
    return catalogs;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return unitOfWork.run(work);
  }
}
