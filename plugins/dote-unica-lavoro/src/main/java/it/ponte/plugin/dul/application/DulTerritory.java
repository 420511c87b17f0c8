package it.ponte.plugin.dul.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.domain.DulRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** What the Dote Unica Lavoro services read of the request's territory: its rules and today. */
@ApplicationScoped
public class DulTerritory {

  @Inject CurrentTenant tenant;

  /** The rules of the territory's current configuration. */
  public DulRules config() {
    return tenant.configOf(DoteUnicaLavoroPlugin.ID, DulRules.class);
  }

  public DulRulebook rules() {
    return new DulRulebook(config());
  }

  /** The territory's time zone. */
  public java.time.ZoneId zone() {
    return tenant.timeZone();
  }

  /** Today in the territory's time zone. */
  public LocalDate today() {
    return LocalDate.now(tenant.timeZone());
  }
}
