package it.ponte.plugin.mc.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.plugin.mc.MicrocreditPlugin;
import it.ponte.plugin.mc.domain.McRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** What the microcredit services read of the request's territory: its rules and its today. */
@ApplicationScoped
public class McTerritory {

  @Inject CurrentTenant tenant;

  /** The territory's products, limits and thresholds (its configuration, defaults applied). */
  public McRules rules() {
    return tenant.configOf(MicrocreditPlugin.ID, McRules.class);
  }

  /** Today in the territory's time zone. */
  public LocalDate today() {
    return LocalDate.now(tenant.timeZone());
  }
}
