package it.ponte.extension.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.api.tenant.TenantId;
import it.ponte.extension.domain.InstalledPlugins;
import it.ponte.tenancy.application.StartupRefused;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.application.TenantsMigrated;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantStatus;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Startup refuses tenant descriptors that enable plugins it cannot run, naming both. */
class DescriptorPluginsTest {

  private static DescriptorPlugins startup(
      List<PluginDescriptor> installed, Map<String, Object> plugins) {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("id", "bergamo");
    raw.put("name", "Bergamo");
    raw.put("region", "03");
    raw.put("locale", "it-IT");
    raw.put("timeZone", "Europe/Rome");
    raw.put("zones", List.of("Isola"));
    raw.put("firstInterviewSlaDays", 15);
    raw.put("plugins", plugins);
    Tenant tenant =
        new Tenant(
            TenantDescriptorParser.parse(raw).descriptor(),
            TenantStatus.ACTIVE,
            "default",
            null,
            null,
            null,
            OffsetDateTime.now(),
            OffsetDateTime.now());
    DescriptorPlugins startup = new DescriptorPlugins();
    startup.registry =
        new PluginRegistry() {
          @Override
          public InstalledPlugins installed() {
            return new InstalledPlugins(installed);
          }

          @Override
          public Optional<PluginDescriptor> find(String id) {
            return installed().find(id);
          }
        };
    startup.directory =
        new TenantDirectory() {
          @Override
          public Optional<Tenant> findActive(TenantId id) {
            return Optional.of(tenant);
          }
        };
    return startup;
  }

  private static PluginDescriptor plugin(String id, String api) {
    return new PluginDescriptor(
        id, id, "1.0", api, List.of(), Set.of(), null, null, null, Set.of());
  }

  @Test
  void aDescriptorEnablingAnUnknownPluginStopsStartup() {
    DescriptorPlugins startup =
        startup(List.of(plugin("microcredit", "[2.0,3.0)")), Map.of("dote-unica-lavoro", Map.of()));
    assertThatThrownBy(
            () -> startup.onMigrated(new TenantsMigrated(List.of(TenantId.of("bergamo")))))
        .isInstanceOf(StartupRefused.class)
        .hasMessageContaining("'bergamo'")
        .hasMessageContaining("'dote-unica-lavoro'")
        .hasMessageContaining("not installed");
  }

  @Test
  void pluginsThatCannotRunStopStartup() {
    DescriptorPlugins startup = startup(List.of(plugin("microcredit", "[3.0,4.0)")), Map.of());
    assertThatThrownBy(() -> startup.onMigrated(new TenantsMigrated(List.of())))
        .isInstanceOf(StartupRefused.class)
        .hasMessageContaining("'microcredit' needs platform API [3.0,4.0)");
  }
}
