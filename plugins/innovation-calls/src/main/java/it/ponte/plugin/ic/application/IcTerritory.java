package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import it.ponte.plugin.ic.domain.IcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the calls' services read of the request's territory: configuration, zone, today. */
@ApplicationScoped
public class IcTerritory {

  @Inject CurrentTenant tenant;

  /** The plugin's configuration here, defaults applied. */
  public IcSettings settings() {
    return tenant.configOf(InnovationCallsPlugin.ID, IcSettings.class);
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
