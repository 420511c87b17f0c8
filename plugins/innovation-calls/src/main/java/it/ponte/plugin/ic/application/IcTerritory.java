package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** What the calls' services read of the request's territory: configuration, zone, today. */
@ApplicationScoped
public class IcTerritory {

  @Inject CurrentTenant tenant;

  /** The plugin's configuration here, defaults applied. */
  public Map<String, Object> config() {
    return tenant.configOf(InnovationCallsPlugin.ID);
  }

  /** Whether another plugin is enabled here. */
  public boolean isEnabled(String pluginId) {
    return tenant.isEnabled(pluginId);
  }

  public ZoneId zone() {
    return tenant.timeZone();
  }

  public LocalDate today() {
    return LocalDate.now(zone());
  }
}
