package it.ponte.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

  @Test
  void theBuilderFillsWhatAPluginLeavesOut() {
    PluginDescriptor d = PluginDescriptor.builder("demo-plugin", "Demo", "1.2.0").build();
    assertThat(d.platformApi()).isEqualTo("[2.0,3.0)");
    assertThat(d.dependencies()).isEmpty();
    assertThat(d.regions()).isEmpty();
    assertThat(d.changelog()).isNull();
    assertThat(d.configSchema()).isNull();
    assertThat(d.permissions()).isEmpty();
  }

  @Test
  void theBuilderGivesWhatTheConstructorWould() {
    PluginDescriptor built =
        PluginDescriptor.builder("demo-plugin", "Demo", "1.2.0")
            .platformApi("[1.1,2.0)")
            .dependsOn(PluginDependency.uses("microcredit"))
            .regions("03", "08")
            .tables("demo/changelog.yaml", "demo_")
            .configSchema("demo/config.schema.json")
            .permission("reads placements")
            .build();
    assertThat(built)
        .isEqualTo(
            new PluginDescriptor(
                "demo-plugin",
                "Demo",
                "1.2.0",
                "[1.1,2.0)",
                List.of(PluginDependency.uses("microcredit")),
                Set.of("03", "08"),
                "demo/changelog.yaml",
                "demo_",
                "demo/config.schema.json",
                Set.of("reads placements")));
    assertThatThrownBy(() -> PluginDescriptor.builder("Bad Id", "x", "1").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
