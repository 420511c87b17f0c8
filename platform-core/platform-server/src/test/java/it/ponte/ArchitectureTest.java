package it.ponte;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of ARCHITECTURE.md, checked on the server's classes. */
@AnalyzeClasses(packages = "it.ponte", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreNeverImportsPluginCode =
      noClasses()
          .that()
          .resideOutsideOfPackage("it.ponte.plugin..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("it.ponte.plugin..");

  @ArchTest
  static final ArchRule domainDependsOnNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..");

  @ArchTest
  static final ArchRule applicationDoesNotDependOnTheHttpEdge =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..interfaces..");

  @ArchTest
  static final ArchRule onlyTenancyInfrastructureSwitchesSchemas =
      noClasses()
          .that()
          .resideOutsideOfPackage("it.ponte.tenancy.infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory");

  /**
   * Contexts form layers: no two top-level packages depend on each other, even through a third. A
   * context that needs to tell one above it something publishes an event (the outbox's {@code
   * OutboxCommitted}) or offers a port; an HTTP resource that joins two contexts lives in the one
   * that depends on the other (a vacancy's matches are matching's, not the company context's).
   */
  @ArchTest
  static final ArchRule noCyclesBetweenContexts =
      slices().matching("it.ponte.(*)..").should().beFreeOfCycles();
}
