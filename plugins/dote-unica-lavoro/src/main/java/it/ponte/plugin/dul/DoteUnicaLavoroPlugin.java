package it.ponte.plugin.dul;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Dote Unica Lavoro, Regione Lombardia's voucher measure: Lombardia (ISTAT 03) only. */
@ApplicationScoped
public class DoteUnicaLavoroPlugin implements Plugin {

  /** The plugin's id. */
  public static final String ID = "dote-unica-lavoro";

  @Override
  public PluginDescriptor descriptor() {
    return new PluginDescriptor(
        ID,
        "Dote Unica Lavoro",
        "0.1.0",
        "[1.0,2.0)",
        List.of(),
        Set.of("03"),
        "dul/changelog.yaml",
        "dul_",
        "dul/config.schema.json",
        Set.of(
            "reads candidates' birth date, gender, education, employment status and DID date",
            "records doti, plans and result claims per candidate"));
  }
}
