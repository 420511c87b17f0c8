package it.ponte.plugin.ic.application;

import it.ponte.api.plugin.PluginRefusal;
import java.util.List;

/** A refusal with a status, a stable type (prefixed ic-) and every reason, for the REST layer. */
public final class IcRefusal extends PluginRefusal {

  public IcRefusal(int status, String type, String message, List<String> reasons) {
    super(status, "ic-" + type, "Social-innovation calls", message, reasons);
  }

  static IcRefusal notFound(String what, long id) {
    return new IcRefusal(404, "not-found", what + " " + id + " was not found.", List.of());
  }
}
