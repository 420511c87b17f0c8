package it.ponte.reporting.application;

import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.extension.application.PluginService;
import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.reporting.domain.CountTable;
import it.ponte.reporting.domain.Disclosure;
import it.ponte.tenancy.application.TenantContext;
import it.ponte.tenancy.domain.IstatRegion;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Federated activity reports: the core figures per territory or per region, with totals, from the
 * aggregate views of each taking part territory read as the reporting role (which can read nothing
 * else), plus the plugins' federated counts where a plugin is enabled; then disclosure control.
 * Territories that opted out in their descriptor, or are not active, are left out entirely.
 */
@ApplicationScoped
public class FederatedReports {

  /** The database role federated reports read through. */
  public static final String REPORTING_ROLE = "ponte_reporting";

  @Inject TenantRepository tenants;

  @Inject PonteDataSource database;

  @Inject PluginService plugins;

  @Inject PluginMetrics pluginMetrics;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "ponte.federation.min-count", defaultValue = "5")
  int minCount;

  /** A federated report: its tables after disclosure control. */
  public record Report(
      LocalDate from,
      LocalDate to,
      String groupBy,
      int minCount,
      int territories,
      List<CountTable> tables) {}

  private record Source(Tenant tenant, String group) {}

  public Report report(LocalDate from, LocalDate to, boolean byRegion) {
    List<Source> sources = new ArrayList<>();
    for (Tenant t : tenants.findAll()) {
      if (t.status() == TenantStatus.ACTIVE && t.descriptor().federation()) {
        String region = t.descriptor().region();
        sources.add(
            new Source(
                t, byRegion ? region + " " + IstatRegion.name(region).orElse("") : t.id().value()));
      }
    }
    List<String> rows =
        new ArrayList<>(new TreeSet<>(sources.stream().map(Source::group).toList()));
    List<CountTable> tables = new ArrayList<>();
    Disclosure disclosure = new Disclosure(minCount);
    try (Connection c = database.get().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL ROLE " + REPORTING_ROLE);
        CountTable registrations =
            table(
                c,
                sources,
                rows,
                "registrations-by-gender",
                "Registrations in the period by gender",
                List.of("FEMALE", "MALE", "OTHER"),
                "SELECT gender, sum(n) FROM %s.fed_registration"
                    + " WHERE (hour AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1",
                from,
                to,
                true);
        disclosure.protect(registrations);
        tables.add(registrations);
        CountTable interviewed =
            table(
                c,
                sources,
                rows,
                "interviewed-by-age",
                "People first interviewed in the period by age",
                List.of("UNDER_35", "FROM_35", "UNKNOWN"),
                "SELECT age, sum(n) FROM %s.fed_interview"
                    + " WHERE (hour AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1",
                from,
                to,
                true);
        disclosure.protect(interviewed);
        tables.add(interviewed);
        List<CountTable> placements = new ArrayList<>();
        placements.add(
            table(
                c,
                sources,
                rows,
                "placements-by-type",
                "Placements starting in the period by type",
                List.of("HIRING", "STAGE", "TIROCINIO", "MINI_JOB", "SELF_EMPLOYMENT"),
                "SELECT type, sum(n) FROM %s.fed_placement WHERE day BETWEEN ? AND ? GROUP BY 1",
                from,
                to,
                false));
        placements.add(
            table(
                c,
                sources,
                rows,
                "placements-by-contract",
                "Placements starting in the period by contract",
                List.of(
                    "PERMANENT",
                    "FIXED_TERM",
                    "APPRENTICESHIP",
                    "ON_CALL",
                    "AGENCY",
                    "SELF_EMPLOYED",
                    "NONE"),
                "SELECT contract, sum(n) FROM %s.fed_placement WHERE day BETWEEN ? AND ? GROUP BY 1",
                from,
                to,
                false));
        placements.add(
            table(
                c,
                sources,
                rows,
                "placements-by-gender",
                "Placements starting in the period by the person's gender",
                List.of("FEMALE", "MALE", "OTHER"),
                "SELECT gender, sum(n) FROM %s.fed_placement WHERE day BETWEEN ? AND ? GROUP BY 1",
                from,
                to,
                false));
        disclosure.protect(placements);
        tables.addAll(placements);
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException | javax.naming.NamingException e) {
      throw new IllegalStateException("Federated report failed: " + e.getMessage(), e);
    }
    tables.addAll(pluginTables(sources, disclosure));
    return new Report(from, to, byRegion ? "region" : "tenant", minCount, sources.size(), tables);
  }

  /** One table: each source's counts by category, summed into its group's row. */
  private static CountTable table(
      Connection c,
      List<Source> sources,
      List<String> rows,
      String id,
      String title,
      List<String> columns,
      String perSchema,
      LocalDate from,
      LocalDate to,
      boolean zoned)
      throws SQLException {
    long[][] cells = new long[rows.size()][columns.size()];
    for (Source s : sources) {
      String sql = perSchema.formatted("\"" + s.tenant().id().schemaName() + "\"");
      try (PreparedStatement q = c.prepareStatement(sql)) {
        int i = 1;
        if (zoned) {
          q.setString(i++, s.tenant().descriptor().timeZone());
        }
        q.setObject(i++, from);
        q.setObject(i, to);
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            int column = columns.indexOf(rs.getString(1));
            if (column >= 0) {
              cells[rows.indexOf(s.group())][column] += rs.getLong(2);
            }
          }
        }
      }
    }
    return new CountTable(id + ": " + title, rows, columns, cells);
  }

  /** Per plugin, its federated counts in the groups of the territories that enabled it. */
  private List<CountTable> pluginTables(List<Source> sources, Disclosure disclosure) {
    Map<String, Map<String, Map<String, Long>>> byPlugin = new TreeMap<>();
    for (Source s : sources) {
      Map<String, JsonObject> enabled = plugins.enabledPlugins(s.tenant().id());
      if (enabled.isEmpty()) {
        continue;
      }
      // On a managed thread: a request context of its own, bound to that tenant only (the caller's
      // request is not bound to any tenant and must stay so).
      Map<String, Map<String, Long>> counts;
      try {
        counts =
            executor
                .submit(
                    () ->
                        pluginMetrics.counts(
                            s.tenant().id(),
                            s.tenant().descriptor().region(),
                            s.tenant().descriptor().timeZone(),
                            enabled))
                .get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while reading plugin metrics", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(
            "Plugin metrics of " + s.tenant().id() + " failed: " + e.getCause(), e.getCause());
      }
      counts.forEach(
          (plugin, metrics) -> {
            Map<String, Map<String, Long>> groups =
                byPlugin.computeIfAbsent(plugin, k -> new TreeMap<>());
            Map<String, Long> sum = groups.computeIfAbsent(s.group(), k -> new LinkedHashMap<>());
            metrics.forEach((k, v) -> sum.merge(k, v, Long::sum));
          });
    }
    List<CountTable> tables = new ArrayList<>();
    byPlugin.forEach(
        (plugin, groups) -> {
          List<String> rows = new ArrayList<>(groups.keySet());
          List<String> columns =
              new ArrayList<>(
                  new TreeSet<>(
                      groups.values().stream().flatMap(m -> m.keySet().stream()).toList()));
          long[][] cells = new long[rows.size()][columns.size()];
          for (int r = 0; r < rows.size(); r++) {
            Map<String, Long> m = groups.get(rows.get(r));
            for (int k = 0; k < columns.size(); k++) {
              cells[r][k] = Math.max(0, m.getOrDefault(columns.get(k), 0L));
            }
          }
          CountTable t =
              new CountTable(
                      "plugin:" + plugin + ": the plugin's counts, all time, where it is enabled",
                      rows,
                      columns,
                      cells)
                  .withoutRowTotals();
          disclosure.protect(t);
          tables.add(t);
        });
    return tables;
  }

  /** Runs the enabled plugins' federated counts for one tenant, bound to it as a request is. */
  @ApplicationScoped
  public static class PluginMetrics {

    @Inject TenantContext context;

    @Inject CurrentTenantPlugins current;

    @Inject PluginRegistry registry;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Map<String, Long>> counts(
        it.ponte.api.tenant.TenantId tenant,
        String region,
        String timeZone,
        Map<String, JsonObject> enabled) {
      context.bind(tenant);
      current.load(tenant, region, timeZone, enabled);
      Map<String, Map<String, Long>> out = new TreeMap<>();
      for (FederatedMetricContributor c :
          registry.extensions(FederatedMetricContributor.class, enabled.keySet())) {
        out.put(c.pluginId(), c.counts());
      }
      return out;
    }
  }
}
