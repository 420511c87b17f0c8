package it.ponte.reporting.application;

import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.extension.application.TenantScope;
import it.ponte.extension.application.TenantScopes;
import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.reporting.domain.CellKeyMethod;
import it.ponte.reporting.domain.CellRecords;
import it.ponte.reporting.domain.EuroRecords;
import it.ponte.reporting.domain.PublicationPeriod;
import it.ponte.reporting.domain.PublishedTable;
import it.ponte.reporting.infrastructure.FederationSecret;
import it.ponte.tenancy.domain.IstatRegion;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Federated activity reports: the core figures per territory or per region, with totals, from the
 * aggregate views of each taking part territory read as the reporting role (which can read nothing
 * else), plus the plugins' figures where a plugin is enabled, for one closed period of the
 * publication grid; every figure passes the cell-key method before it leaves. Territories that
 * opted out in their descriptor, or are not active, are left out entirely.
 */
@ApplicationScoped
public class FederatedReports {

  /** The database role federated reports read through. */
  public static final String REPORTING_ROLE = "ponte_reporting";

  @Inject TenantRepository tenants;

  @Inject PonteDataSource database;

  @Inject TenantScopes scopes;

  @Inject PluginMetrics pluginMetrics;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject FederationSecret secret;

  @Inject
  @ConfigProperty(name = "ponte.federation.min-count", defaultValue = "5")
  int minCount;

  @Inject
  @ConfigProperty(name = "ponte.federation.dominance-percent", defaultValue = "50")
  int dominancePercent;

  /** A federated report: a period of the publication grid and its tables as published. */
  public record Report(
      PublicationPeriod period,
      String groupBy,
      int minCount,
      int territories,
      List<PublishedTable> tables) {}

  private record Source(Tenant tenant, String group) {}

  /** The territories taking part, each with its group (itself or its region). */
  private List<Source> sources(boolean byRegion) {
    List<Source> sources = new ArrayList<>();
    for (Tenant t : tenants.findAll()) {
      if (t.status() == TenantStatus.ACTIVE && t.descriptor().federation()) {
        String region = t.descriptor().region();
        sources.add(
            new Source(
                t, byRegion ? region + " " + IstatRegion.name(region).orElse("") : t.id().value()));
      }
    }
    return sources;
  }

  /**
   * Today's date where it is earliest among the taking-part territories: a period is published once
   * it is over in all of them.
   */
  public LocalDate today() {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
    for (Source s : sources(false)) {
      LocalDate there = LocalDate.now(java.time.ZoneId.of(s.tenant().descriptor().timeZone()));
      if (there.isBefore(today)) {
        today = there;
      }
    }
    return today;
  }

  /**
   * Bump when what a report contains changes (a table, a figure, a rule): stored publications
   * computed by the earlier code are then computed again.
   */
  private static final String CONTENT_VERSION = "1";

  /**
   * A digest of everything a report for a grouping is computed from besides the records: the
   * territories taking part with their group, time zone and enabled plugins, the disclosure
   * settings and the secret. A stored publication is served only while this is unchanged.
   */
  public String inputs(boolean byRegion) {
    StringBuilder in = new StringBuilder(CONTENT_VERSION);
    in.append('|').append(minCount).append('|').append(dominancePercent);
    for (Source s : sources(byRegion)) {
      TenantScope scope = scopes.of(s.tenant().id(), s.tenant().descriptor());
      in.append('\n')
          .append(s.tenant().id().value())
          .append('|')
          .append(s.group())
          .append('|')
          .append(s.tenant().descriptor().timeZone())
          .append('|')
          .append(new TreeMap<>(scope.enabled()));
    }
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(secret.get());
      sha.update(in.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Report report(PublicationPeriod period, boolean byRegion) {
    List<Source> sources = sources(byRegion);
    List<String> rows =
        new ArrayList<>(new TreeSet<>(sources.stream().map(Source::group).toList()));
    CellKeyMethod method = new CellKeyMethod(secret.get(), minCount, dominancePercent);
    LocalDate from = period.from();
    LocalDate to = period.to();
    List<PublishedTable> tables = new ArrayList<>();
    try (Connection c = database.get().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL ROLE " + REPORTING_ROLE);
        tables.add(
            PublishedTable.counts(
                "registrations-by-gender",
                "Registrations in the period by gender",
                "registration",
                rows,
                GENDERS,
                cells(
                    c,
                    sources,
                    rows,
                    GENDERS,
                    "SELECT gender, sum(n), sum(k) FROM %s.fed_registration"
                        + " WHERE (hour AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1",
                    from,
                    to,
                    true),
                method));
        List<String> ages = List.of("UNDER_35", "FROM_35", "UNKNOWN");
        tables.add(
            PublishedTable.counts(
                "interviewed-by-age",
                "People first interviewed in the period by age",
                "interview",
                rows,
                ages,
                cells(
                    c,
                    sources,
                    rows,
                    ages,
                    "SELECT age, sum(n), sum(k) FROM %s.fed_interview"
                        + " WHERE (hour AT TIME ZONE ?)::date BETWEEN ? AND ? GROUP BY 1",
                    from,
                    to,
                    true),
                method));
        List<String> types = List.of("HIRING", "STAGE", "TIROCINIO", "MINI_JOB", "SELF_EMPLOYMENT");
        List<String> contracts =
            List.of(
                "PERMANENT", "FIXED_TERM", "APPRENTICESHIP", "ON_CALL", "AGENCY", "SELF_EMPLOYED");
        String placements =
            "SELECT %s, sum(n), sum(k) FROM %%s.fed_placement WHERE day BETWEEN ? AND ? GROUP BY 1";
        tables.add(
            PublishedTable.counts(
                "placements-by-type",
                "Placements starting in the period by type",
                "placement",
                rows,
                types,
                cells(c, sources, rows, types, placements.formatted("type"), from, to, false),
                method));
        tables.add(
            PublishedTable.counts(
                "placements-by-contract",
                "Placements with a contract starting in the period, by contract (stages and"
                    + " tirocini have none)",
                "placement",
                rows,
                contracts,
                cells(
                    c, sources, rows, contracts, placements.formatted("contract"), from, to, false),
                method));
        tables.add(
            PublishedTable.counts(
                "placements-by-gender",
                "Placements starting in the period by the person's gender",
                "placement",
                rows,
                GENDERS,
                cells(c, sources, rows, GENDERS, placements.formatted("gender"), from, to, false),
                method));
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException | javax.naming.NamingException e) {
      throw new IllegalStateException("Federated report failed: " + e.getMessage(), e);
    }
    tables.addAll(pluginTables(sources, new Period(from, to), method));
    return new Report(period, byRegion ? "region" : "tenant", minCount, sources.size(), tables);
  }

  private static final List<String> GENDERS = List.of("FEMALE", "MALE", "OTHER");

  /** One table's records: each source's records by category, gathered in its group's row. */
  private static CellRecords[][] cells(
      Connection c,
      List<Source> sources,
      List<String> rows,
      List<String> columns,
      String perSchema,
      LocalDate from,
      LocalDate to,
      boolean zoned)
      throws SQLException {
    CellRecords[][] cells = new CellRecords[rows.size()][columns.size()];
    for (CellRecords[] row : cells) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new CellRecords();
      }
    }
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
              cells[rows.indexOf(s.group())][column].add(
                  s.tenant().id().value(),
                  rs.getLong(2),
                  rs.getBigDecimal(3).toBigInteger().longValue());
            }
          }
        }
      }
    }
    return cells;
  }

  /** Per plugin, its figures in the groups of the territories that enabled it. */
  private List<PublishedTable> pluginTables(
      List<Source> sources, Period period, CellKeyMethod method) {
    // plugin -> group -> figure -> records (CellRecords for counts, EuroRecords for euro sums)
    Map<String, Map<String, Map<String, Object>>> byPlugin = new TreeMap<>();
    for (Source s : sources) {
      TenantScope scope = scopes.of(s.tenant().id(), s.tenant().descriptor());
      if (scope.enabled().isEmpty()) {
        continue;
      }
      // On a managed thread: a request context of its own, bound to that tenant only (the caller's
      // request is not bound to any tenant and must stay so).
      Map<String, List<FederatedUnit>> units;
      try {
        units = executor.submit(() -> pluginMetrics.units(scope, period)).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while reading plugin metrics", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(
            "Plugin metrics of " + s.tenant().id() + " failed: " + e.getCause(), e.getCause());
      }
      String territory = s.tenant().id().value();
      units.forEach(
          (plugin, list) -> {
            Map<String, Map<String, Object>> groups =
                byPlugin.computeIfAbsent(plugin, k -> new TreeMap<>());
            Map<String, Object> figures = groups.computeIfAbsent(s.group(), k -> new TreeMap<>());
            for (FederatedUnit u : list) {
              Object records =
                  figures.computeIfAbsent(
                      u.figure(), k -> u.amount() == null ? new CellRecords() : new EuroRecords());
              if (records instanceof CellRecords n && u.amount() == null) {
                n.add(territory, 1, CellKeyMethod.hash(plugin + "|" + u.key()));
              } else if (records instanceof EuroRecords e && u.amount() != null) {
                e.add(territory, u.key(), u.amount());
              } else {
                throw new IllegalStateException(
                    "Plugin " + plugin + " gives figure '" + u.figure() + "' as count and euros");
              }
            }
          });
    }
    List<PublishedTable> tables = new ArrayList<>();
    byPlugin.forEach(
        (plugin, groups) -> {
          List<String> rows = new ArrayList<>(groups.keySet());
          List<String> columns =
              new ArrayList<>(
                  new TreeSet<>(
                      groups.values().stream().flatMap(m -> m.keySet().stream()).toList()));
          Object[][] cells = new Object[rows.size()][columns.size()];
          for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> m = groups.get(rows.get(r));
            for (int k = 0; k < columns.size(); k++) {
              cells[r][k] = m.get(columns.get(k));
            }
          }
          tables.add(
              PublishedTable.figures(
                  "plugin:" + plugin,
                  "The plugin's figures in the period, where it is enabled",
                  "plugin:" + plugin,
                  rows,
                  columns,
                  cells,
                  method));
        });
    return tables;
  }

  /** Runs the enabled plugins' federated counts for one tenant, bound to it as a request is. */
  @ApplicationScoped
  public static class PluginMetrics {

    @Inject TenantScopes scopes;

    @Inject PluginRegistry registry;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, List<FederatedUnit>> units(TenantScope scope, Period period) {
      scopes.bind(scope);
      Map<String, List<FederatedUnit>> out = new TreeMap<>();
      for (FederatedMetricContributor c :
          registry.extensions(FederatedMetricContributor.class, scope.enabled().keySet())) {
        out.put(c.pluginId(), c.units(period));
      }
      return out;
    }
  }
}
