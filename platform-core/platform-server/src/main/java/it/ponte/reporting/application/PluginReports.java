package it.ponte.reporting.application;

import it.ponte.api.plugin.ReportContributor;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.PluginRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The report sections of the plugins the request's tenant enabled, computed in its transaction. */
@ApplicationScoped
@Transactional
public class PluginReports {

  @Inject PluginRegistry registry;

  @Inject CurrentTenantPlugins enabled;

  /** A plugin's section. */
  public record Contributed(String pluginId, ReportContributor.Section section) {}

  /**
   * @param period the report's period; null for all time
   */
  public List<Contributed> sections(ReportContributor.Period period) {
    return registry.extensions(ReportContributor.class, enabled.enabledIds()).stream()
        .map(c -> new Contributed(c.pluginId(), period == null ? c.section() : c.section(period)))
        .toList();
  }
}
