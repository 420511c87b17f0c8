package it.ponte.plugin.mc.application;

import it.ponte.api.plugin.PluginRefusal;
import java.util.List;

/** A refusal with a status, a stable type (prefixed mc-) and every reason, for the REST layer. */
public final class McRefusal extends PluginRefusal {

  public McRefusal(int status, String type, String message, List<String> reasons) {
    super(status, "mc-" + type, "Microcredit", message, reasons);
  }

  static McRefusal notFound(String what, long id) {
    return new McRefusal(404, "not-found", what + " " + id + " was not found.", List.of());
  }
}
