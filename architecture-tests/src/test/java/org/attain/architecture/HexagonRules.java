package org.attain.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon, for a code base rooted at {@code root}: the real one in
 * production, and a deliberately broken fixture to prove that each rule can fail.
 */
final class HexagonRules {

  private final String root;

  HexagonRules(String root) {
    this.root = root;
  }

  private String pkg(String suffix) {
    return root + "." + suffix + "..";
  }

  ArchRule domainDependsOnTheJdkOnly() {
    return classes()
        .that()
        .resideInAPackage(pkg("domain"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(pkg("domain"), "java..")
        .because("the domain is plain Java (DOMAIN.md, module table)");
  }

  ArchRule applicationDependsOnDomainOnly() {
    return classes()
        .that()
        .resideInAPackage(pkg("application"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(pkg("application"), pkg("domain"), "java..")
        .because("use cases are plain Java and know no adapter");
  }

  ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .because("each adapter is replaceable without touching the others");
  }

  ArchRule onlyBootstrapKnowsBootstrap() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(pkg("bootstrap"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("bootstrap"))
        .because("the composition root depends on everything and nothing depends on it");
  }

  ArchRule persistenceTypesOnlyInThePersistenceAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(pkg("adapter.persistence"))
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(
                    "jakarta.persistence..",
                    "io.quarkus.hibernate.orm..",
                    "org.hibernate..",
                    "org.flywaydb..")
                .and(not(resideInAPackage("org.hibernate.validator.."))))
        .because("Panache and JPA entities stay inside the persistence adapter");
  }

  ArchRule entitiesLiveInThePersistenceAdapter() {
    return classes()
        .that()
        .areAnnotatedWith("jakarta.persistence.Entity")
        .should()
        .resideInAPackage(pkg("adapter.persistence"))
        .andShould()
        .haveSimpleNameEndingWith("Entity");
  }

  ArchRule jaxRsOnlyInTheRestAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(pkg("adapter.rest"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.resteasy..")
        .because("HTTP is the REST adapter's business");
  }

  ArchRule mailerOnlyInTheNotificationAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(pkg("adapter.notification"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.quarkus.mailer..", "jakarta.mail..", "io.vertx.ext.mail..")
        .because("email is the notification adapter's business");
  }

  ArchRule domainPackagesAreFreeOfCycles() {
    return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
  }

  ArchRule applicationPackagesAreFreeOfCycles() {
    return slices()
        .matching(root + ".application.(*)..")
        .should()
        .beFreeOfCycles()
        .because("a flow lives in one package, and no package calls back into the one calling it");
  }
}
