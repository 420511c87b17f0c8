package it.ponte.api.plugin;

import java.util.List;

/** Adds a section to the reports of the tenants that enabled the plugin. */
public interface ReportContributor extends Extension {

  /** One figure of a report section. */
  record Figure(String name, Number value) {}

  /** A titled group of figures. */
  record Section(String title, List<Figure> figures) {}

  /** The plugin's section of the request tenant's report. */
  Section section();
}
