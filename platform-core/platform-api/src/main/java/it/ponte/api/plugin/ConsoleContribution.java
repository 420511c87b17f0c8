package it.ponte.api.plugin;

import java.util.List;

/** Pages a plugin adds to the web console: static assets in its jar and a navigation entry. */
public interface ConsoleContribution extends Extension {

  /**
   * A console page.
   *
   * @param asset classpath path of the page's entry asset, e.g. {@code /console/dul/index.html}
   */
  record Page(String title, String path, String asset) {}

  List<Page> pages();
}
