package it.ponte.arquillian;

import it.ponte.arquillian.probe.ProbePlugin;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The in-container suite: one deployment (Payara Micro starts once per run, which is what costs
 * time), the cases in the interfaces it implements, each a concern the HTTP tests cannot reach
 * precisely. What is deployed is the distribution WAR - platform and plugins, as in production -
 * with the test classes and the probe fixture plugin added.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT
    implements TenantTransactionCases,
        OutboxCases,
        BackgroundWorkCases,
        PluginEnablementCases,
        TelemetryCases,
        MatchingIndexCases,
        DedicatedConnectionCases,
        ParallelReadCases,
        ReportFactsCases {

  @Deployment
  static WebArchive deployment() {
    Path war = Path.of(System.getProperty("ponte.arquillian.dir"), "ponte.war");
    return ShrinkWrap.create(ZipImporter.class, "ponte-arquillian.war")
        .importFrom(war.toFile())
        .as(WebArchive.class)
        .addPackage(InContainerIT.class.getPackage())
        .addPackage(ProbePlugin.class.getPackage())
        .addAsResource("itprobe/changelog.yaml");
  }
}
