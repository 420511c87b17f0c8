package it.ponte.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape plugins/README.md asks of a plugin, checked on every plugin this repository bundles:
 * SQL only in {@code infrastructure}, rules in {@code domain} free of everything around them, the
 * HTTP edge only through the application services, and plugins independent of one another.
 */
@AnalyzeClasses(packages = "it.ponte.plugin", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginShapeTest {

  @ArchTest
  static final ArchRule sqlOnlyInInfrastructure =
      noClasses()
          .that()
          .resideOutsideOfPackage("it.ponte.plugin.*.infrastructure..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("it.ponte.api.core.TenantSql")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..");

  @ArchTest
  static final ArchRule domainDependsOnNothingAroundIt =
      noClasses()
          .that()
          .resideInAPackage("it.ponte.plugin.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "it.ponte.plugin.*.application..",
              "it.ponte.plugin.*.infrastructure..",
              "it.ponte.plugin.*.interfaces..",
              "jakarta.enterprise..",
              "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule repositoriesKnowNoServiceOrResource =
      noClasses()
          .that()
          .resideInAPackage("it.ponte.plugin.*.infrastructure..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("it.ponte.plugin.*.application..", "it.ponte.plugin.*.interfaces..");

  @ArchTest
  static final ArchRule resourcesGoThroughTheServices =
      noClasses()
          .that()
          .resideInAPackage("it.ponte.plugin.*.interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("it.ponte.plugin.*.infrastructure..");

  @ArchTest
  static final ArchRule pluginsAreIndependent =
      slices().matching("it.ponte.plugin.(*)..").should().notDependOnEachOther();
}
