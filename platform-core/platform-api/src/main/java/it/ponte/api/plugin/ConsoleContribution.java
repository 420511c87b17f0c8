package it.ponte.api.plugin;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pages a plugin adds to the web console, served from its own jar and shown only in territories
 * that enabled it.
 *
 * <p>A page is an ES module under {@code META-INF/resources/console/plugins/<plugin id>/} in the
 * jar that defines one custom element (a Lit element, as the core's pages). The console gives the
 * element its {@code territory}, the caller's {@code role} and {@code rest}, what the path holds
 * after the page's own (a record's id, say), and the module may import the console's shared pieces
 * by absolute path: {@code /console/api.js} (the one API client), {@code /console/i18n.js} (words,
 * dates, euros), {@code /console/components/ui.js} and {@code form-field.js}. The plugin's words
 * are in {@code console/plugins/<id>/i18n/it.json} and {@code en.json}, merged into the console's
 * catalogue before its pages show. A page uses only its plugin's endpoints and the public core API.
 */
public interface ConsoleContribution extends Extension {

  /**
   * A page with its navigation entry.
   *
   * @param path where it is: {@code /t/<tenant>/<plugin id>/<path>} ({@code ""} for the plugin's
   *     first page); longer paths go to the same page as {@code rest}
   * @param element the custom element the module defines, {@code ponte-<something>}
   * @param module the module's path in the jar under {@code META-INF/resources}, e.g. {@code
   *     console/plugins/microcredit/loans.js}
   * @param titles the navigation entry by language ({@code it} required, {@code en})
   * @param role the weakest role that sees the entry and may open the page
   */
  record Page(
      String path, String element, String module, Map<String, String> titles, TenantRole role) {

    public Page {
      Objects.requireNonNull(path, "path");
      if (!element.startsWith("ponte-") || !element.matches("[a-z][a-z0-9-]*-[a-z0-9-]+")) {
        throw new IllegalArgumentException(
            "A page's element is named ponte-<something>: " + element);
      }
      if (!module.startsWith("console/plugins/")
          || !module.endsWith(".js")
          || module.contains("..")) {
        throw new IllegalArgumentException(
            "A page's module is a .js file under console/plugins/<id>/: " + module);
      }
      titles = Map.copyOf(titles);
      if (!titles.containsKey("it")) {
        throw new IllegalArgumentException("A page needs an Italian title");
      }
      Objects.requireNonNull(role, "role");
    }
  }

  /** The plugin's pages, in the order of their navigation entries. */
  List<Page> pages();
}
