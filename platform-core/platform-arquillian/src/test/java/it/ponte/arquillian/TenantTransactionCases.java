package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.tenant.TenantId;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.extension.application.TenantScope;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A territory's entity manager and {@code SET LOCAL ROLE} under concurrent transactions of two
 * territories on the one shared connection pool, and the territories' rows that refer to each other
 * by id (ids collide across territories: each schema has its own sequences).
 */
interface TenantTransactionCases {

  /** Rows a transaction saw and where it ran. */
  record Seen(TenantId tenant, String role, String searchPath, int backend) {}

  /** Thrown by the work of a transaction that must roll back. */
  final class Rollback extends RuntimeException {
    Rollback() {
      super("rolled back on purpose");
    }
  }

  @Test
  default void concurrentTransactionsOfTwoTerritoriesShareConnectionsAndStayApart()
      throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId nord = territories.ensure("arq-tx-nord");
    TenantId sud = territories.ensure("arq-tx-sud");
    Map<TenantId, TenantScope> scopes =
        Map.of(nord, territories.scope(nord), sud, territories.scope(sud));
    List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    Map<TenantId, AtomicInteger> committed = new ConcurrentHashMap<>();
    List<String> strays = Collections.synchronizedList(new ArrayList<>());
    int transactions = 240;

    List<Concurrently.Task> tasks = new ArrayList<>();
    for (int i = 0; i < transactions; i++) {
      int n = i;
      TenantId tenant = n % 2 == 0 ? nord : sud;
      tasks.add(
          () -> {
            try {
              work.inTransaction(
                  scopes.get(tenant),
                  em -> {
                    Object[] where =
                        (Object[])
                            em.createNativeQuery(
                                    "SELECT current_user, current_setting('search_path'),"
                                        + " pg_backend_pid()")
                                .getSingleResult();
                    seen.add(
                        new Seen(
                            tenant,
                            (String) where[0],
                            (String) where[1],
                            ((Number) where[2]).intValue()));
                    Company company =
                        new Company(
                            tenant.value() + " azienda " + n,
                            vatNumber(n),
                            null,
                            null,
                            OffsetDateTime.now(),
                            "arquillian");
                    em.persist(company);
                    em.flush();
                    // Every company this territory can read is its own, and a lookup by an id
                    // that surely exists in the other territory too finds this one's or nothing.
                    for (String name :
                        em.createQuery("SELECT c.name FROM Company c", String.class)
                            .getResultList()) {
                      if (!name.startsWith(tenant.value() + " ")) {
                        strays.add(tenant + " read " + name);
                      }
                    }
                    Company byId = em.find(Company.class, (long) (n / 2 + 1));
                    if (byId != null && !byId.name().startsWith(tenant.value() + " ")) {
                      strays.add(tenant + " found " + byId.name());
                    }
                    if (n % 5 == 4) {
                      throw new Rollback();
                    }
                    return null;
                  });
              committed.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
            } catch (Rollback expected) {
              // rolled back, as asked
            }
          });
    }
    List<Throwable> failures = Beans.get(Concurrently.class).run(16, tasks);

    assertEquals(List.of(), failures, "no transaction failed unexpectedly");
    assertEquals(List.of(), strays, "no territory read another's rows");
    assertEquals(transactions, seen.size());
    Map<Integer, Set<TenantId>> tenantsByBackend = new HashMap<>();
    for (Seen s : seen) {
      assertEquals(s.tenant().roleName(), s.role(), "role of a transaction of " + s.tenant());
      assertTrue(
          s.searchPath().contains(s.tenant().schemaName()),
          "search path " + s.searchPath() + " of " + s.tenant());
      tenantsByBackend.computeIfAbsent(s.backend(), b -> new HashSet<>()).add(s.tenant());
    }
    assertTrue(
        tenantsByBackend.values().stream().anyMatch(t -> t.size() == 2),
        "the test means something only if one pooled connection served both territories: "
            + tenantsByBackend);
    for (TenantId tenant : List.of(nord, sud)) {
      long rows =
          work.count(
              scopes.get(tenant),
              "SELECT count(*) FROM company WHERE name LIKE '" + tenant.value() + " azienda %'");
      assertEquals(committed.get(tenant).get(), rows, "committed companies of " + tenant);
      assertEquals(
          0L,
          work.count(
              scopes.get(tenant), "SELECT count(*) FROM company WHERE name NOT LIKE 'arq-tx-%'"),
          "nothing else in " + tenant);
    }
    assertPooledConnectionsAreClean();
  }

  @Test
  default void aTransactionOfOneTerritoryCannotReadAnothersSchema() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId nord = territories.ensure("arq-tx-nord");
    TenantId sud = territories.ensure("arq-tx-sud");

    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () ->
                work.value(
                    territories.scope(nord),
                    "SELECT count(*) FROM \"" + sud.schemaName() + "\".company"));

    assertTrue(
        causes(refused).contains("permission denied"),
        "refused by the database role, not by luck: " + causes(refused));
    assertPooledConnectionsAreClean();
  }

  @Test
  default void vacanciesFollowTheirCompanyByIdInTheirOwnTerritoryOnly() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId est = territories.ensure("arq-rel-est");
    TenantId ovest = territories.ensure("arq-rel-ovest");
    Map<TenantId, TenantScope> scopes =
        Map.of(est, territories.scope(est), ovest, territories.scope(ovest));
    // The same ids on both sides: each schema's sequences start at 1.
    for (TenantId tenant : List.of(est, ovest)) {
      work.inTransaction(
          scopes.get(tenant),
          em -> {
            for (int c = 0; c < 10; c++) {
              Company company =
                  new Company(
                      tenant.value() + " azienda " + c,
                      vatNumber(1_000 + c),
                      null,
                      null,
                      OffsetDateTime.now(),
                      "arquillian");
              em.persist(company);
              em.flush();
              for (int v = 0; v < 3; v++) {
                em.persist(
                    company.openVacancy(
                        new VacancyDetails(
                            company.name() + " posto " + v,
                            "5.1.2.2.0",
                            1,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                        OffsetDateTime.now(),
                        "arquillian"));
              }
            }
            return null;
          });
    }
    List<String> strays = Collections.synchronizedList(new ArrayList<>());
    List<Concurrently.Task> reads = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      TenantId tenant = i % 2 == 0 ? est : ovest;
      long companyId = 1 + i % 10;
      reads.add(
          () ->
              work.inTransaction(
                  scopes.get(tenant),
                  em -> {
                    strays.addAll(relationStrays(em, tenant, companyId));
                    return null;
                  }));
    }
    List<Throwable> failures = Beans.get(Concurrently.class).run(16, reads);

    assertEquals(List.of(), failures);
    assertEquals(List.of(), strays, "every vacancy read belongs to its territory's company");
  }

  private static List<String> relationStrays(EntityManager em, TenantId tenant, long companyId) {
    List<String> strays = new ArrayList<>();
    Company company = em.find(Company.class, companyId);
    if (company == null || !company.name().startsWith(tenant.value() + " ")) {
      strays.add(
          tenant
              + ": company "
              + companyId
              + " is "
              + (company == null ? "missing" : company.name()));
      return strays;
    }
    List<Vacancy> vacancies =
        em.createQuery("SELECT v FROM Vacancy v WHERE v.companyId = :id", Vacancy.class)
            .setParameter("id", companyId)
            .getResultList();
    if (vacancies.size() != 3) {
      strays.add(tenant + ": company " + companyId + " has " + vacancies.size() + " vacancies");
    }
    for (Vacancy v : vacancies) {
      if (!v.details().title().startsWith(company.name() + " ")) {
        strays.add(tenant + ": " + company.name() + " has " + v.details().title());
      }
    }
    // Joins run as native SQL, as the product's reports and matching do: unqualified tables,
    // resolved through the transaction's search path.
    @SuppressWarnings("unchecked")
    List<Object[]> pairs =
        em.createNativeQuery(
                "SELECT v.title, c.name FROM vacancy v JOIN company c ON c.id = v.company_id")
            .getResultList();
    for (Object[] pair : pairs) {
      if (!((String) pair[0]).startsWith(pair[1] + " ")
          || !((String) pair[1]).startsWith(tenant.value() + " ")) {
        strays.add(tenant + ": joined " + pair[0] + " to " + pair[1]);
      }
    }
    return strays;
  }

  /**
   * Every connection the pool hands out outside a territory's transaction is back to the pool's own
   * user, search path and timeouts: nothing a territory's transaction set outlives it.
   */
  private static void assertPooledConnectionsAreClean() throws Exception {
    DataSource pool = InitialContext.doLookup("java:app/jdbc/ponte");
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Connection c = pool.getConnection();
        held.add(c);
        try (Statement s = c.createStatement();
            ResultSet r =
                s.executeQuery(
                    "SELECT current_user, current_setting('search_path'),"
                        + " current_setting('statement_timeout'), session_user")) {
          r.next();
          assertEquals(r.getString(4), r.getString(1), "role of pooled connection " + i);
          assertFalse(r.getString(2).contains("tenant"), "search path " + r.getString(2));
          assertEquals("0", r.getString(3), "statement timeout of pooled connection " + i);
        }
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  private static String causes(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append(" | ");
    }
    return all.toString();
  }

  /** A distinct 11-digit VAT number per n (the schema checks only length and uniqueness). */
  private static String vatNumber(int n) {
    return String.format("%011d", 10_000_000_000L + n);
  }
}
