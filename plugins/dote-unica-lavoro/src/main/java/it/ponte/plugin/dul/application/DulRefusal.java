package it.ponte.plugin.dul.application;

import it.ponte.api.plugin.PluginRefusal;
import java.util.List;

/** A refusal with a status, reasons and a stable type (prefixed dul-), for the REST layer. */
public final class DulRefusal extends PluginRefusal {

  public DulRefusal(int status, String type, String message, List<String> reasons) {
    super(status, "dul-" + type, "Dote Unica Lavoro", message, reasons);
  }
}
