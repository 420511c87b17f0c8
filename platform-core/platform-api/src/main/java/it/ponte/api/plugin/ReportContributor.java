package it.ponte.api.plugin;

import java.util.List;

/** Adds a section to the reports of the tenants that enabled the plugin. */
public interface ReportContributor extends Extension {

  /** One figure of a report section. */
  record Figure(String name, Number value) {}

  /** A titled group of figures. */
  record Section(String title, List<Figure> figures) {}

  /** A reporting period: whole days in the territory's time zone, both ends included. */
  record Period(java.time.LocalDate from, java.time.LocalDate to) {}

  /** The plugin's section of the request tenant's report, over all time. */
  Section section();

  /** The plugin's section for a period; by default the same as {@link #section()}. */
  default Section section(Period period) {
    return section();
  }
}
