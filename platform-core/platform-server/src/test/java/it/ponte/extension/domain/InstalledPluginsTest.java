package it.ponte.extension.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstalledPluginsTest {

  private static PluginDescriptor plugin(
      String id, String api, Set<String> regions, PluginDependency... deps) {
    return new PluginDescriptor(
        id, id, "1.0.0", api, List.of(deps), regions, null, null, null, Set.of());
  }

  @Test
  void pluginsThatFitTogetherHaveNoProblems() {
    InstalledPlugins installed =
        new InstalledPlugins(
            List.of(
                plugin("base", "[1.0,2.0)", Set.of()),
                plugin(
                    "extra",
                    "[1.0,2.0)",
                    Set.of("03"),
                    PluginDependency.requires("base"),
                    PluginDependency.uses("absent"))),
            "1.0");
    assertThat(installed.problems()).isEmpty();
    assertThat(installed.all()).extracting(PluginDescriptor::id).containsExactly("base", "extra");
  }

  @Test
  void namesEveryProblemWithThePluginsInvolved() {
    InstalledPlugins installed =
        new InstalledPlugins(
            List.of(
                plugin("old", "[0.1,1.0)", Set.of()),
                plugin("lonely", "[1.0,)", Set.of(), PluginDependency.requires("missing")),
                plugin("aa", "[1.0,)", Set.of(), PluginDependency.requires("bb")),
                plugin("bb", "[1.0,)", Set.of(), PluginDependency.requires("cc")),
                plugin("cc", "[1.0,)", Set.of(), PluginDependency.requires("aa"))),
            "1.0");
    assertThat(installed.problems())
        .containsExactlyInAnyOrder(
            "Plugin 'old' needs platform API [0.1,1.0); this platform has 1.0",
            "Plugin 'lonely' requires plugin 'missing', which is not installed",
            "Plugin dependency cycle: aa -> bb -> cc -> aa");
  }

  @Test
  void aTenantMeetsRegionAndDependencyRulesBeforeEnabling() {
    InstalledPlugins installed =
        new InstalledPlugins(
            List.of(
                plugin("base", "[1.0,)", Set.of()),
                plugin("lombardy", "[1.0,)", Set.of("03"), PluginDependency.requires("base"))),
            "1.0");
    assertThat(installed.refusal("lombardy", "08", Set.of("base")))
        .get()
        .asString()
        .contains("regions [03]")
        .contains("region 08");
    assertThat(installed.refusal("lombardy", "03", Set.of()))
        .get()
        .asString()
        .contains("requires plugin 'base'");
    assertThat(installed.refusal("lombardy", "03", Set.of("base"))).isEmpty();
    assertThat(installed.refusal("nope", "03", Set.of())).isPresent();
    assertThat(installed.dependents("base", Set.of("base", "lombardy")))
        .containsExactly("lombardy");
  }
}
