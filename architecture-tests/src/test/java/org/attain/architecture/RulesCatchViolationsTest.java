package org.attain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves each rule can fail: the fixture under {@code org.attain.fixture.violating} breaks every
 * one of them on purpose (a domain class importing a framework, adapters importing each other...).
 */
class RulesCatchViolationsTest {

  private static JavaClasses violating;

  @BeforeAll
  static void importViolatingFixture() {
    violating = new ClassFileImporter().importPackages("org.attain.fixture.violating");
  }

  static Stream<ArchRule> rules() {
    HexagonRules rules = new HexagonRules("org.attain.fixture.violating");
    return Stream.of(
        rules.domainDependsOnTheJdkOnly(),
        rules.applicationDependsOnDomainOnly(),
        rules.adaptersDoNotDependOnEachOther(),
        rules.onlyBootstrapKnowsBootstrap(),
        rules.persistenceTypesOnlyInThePersistenceAdapter(),
        rules.entitiesLiveInThePersistenceAdapter(),
        rules.jaxRsOnlyInTheRestAdapter(),
        rules.mailerOnlyInTheNotificationAdapter(),
        rules.domainPackagesAreFreeOfCycles(),
        rules.applicationPackagesAreFreeOfCycles());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleReportsTheViolation(ArchRule rule) {
    assertThat(rule.evaluate(violating).hasViolation()).isTrue();
  }
}
