package it.ponte.plugin.dul;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/** Dote Unica Lavoro, Regione Lombardia's voucher measure: Lombardia (ISTAT 03) only. */
@ApplicationScoped
public class DoteUnicaLavoroPlugin implements Plugin {

  /** The plugin's id. */
  public static final String ID = "dote-unica-lavoro";

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID, "Dote Unica Lavoro", "0.1.0")
        .regions("03")
        .tables("dul/changelog.yaml", "dul_")
        .configSchema("dul/config.schema.json")
        .permission(
            "reads candidates' birth date, gender, education, employment status and DID date")
        .permission("records doti, plans and result claims per candidate")
        .build();
  }
}
