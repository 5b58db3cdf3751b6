package org.attain.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks Attain's production classes against the hexagon's rules. */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attain");
  }

  static Stream<ArchRule> rules() {
    HexagonRules rules = new HexagonRules("org.attain");
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
  void productionCodeFollows(ArchRule rule) {
    rule.check(production);
  }
}
