package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page of 500 companies or vacancies is read in a fixed number of queries, not one more per row
 * (the N+1 the list views had). Measured where it cannot lie: PostgreSQL's own count of scans of
 * the table the rows would each look up, before and after the request.
 */
@ExtendWith(PlatformExtension.class)
class PageQueriesIT {

  private static final int ROWS = 500;

  @Test
  void aPageOf500CompaniesOrVacanciesReadsTheOtherTableOnce(Platform platform) throws Exception {
    String t = platform.onboardNewTenant("03");
    String other = platform.onboardNewTenant("03");
    Fixtures f = new Fixtures(platform, t);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var made = new java.util.ArrayList<Future<Long>>();
      for (int i = 0; i < ROWS; i++) {
        int n = i;
        made.add(
            pool.submit(
                () ->
                    f.vacancy(
                        f.company("Azienda " + n),
                        "{\"title\": \"Magazziniere\", \"profession\": \"8.1.4.3.0\","
                            + " \"positions\": 1, \"contract\": \"FIXED_TERM\"}")));
      }
      for (Future<Long> m : made) {
        m.get();
      }
    } finally {
      pool.shutdown();
    }
    String schema = "t_" + t.replace('-', '_');

    long before = settled(platform, schema, "vacancy", -1);
    var companies = platform.get("/api/t/" + t + "/companies?limit=" + ROWS).json();
    assertThat(companies.getJsonArray("items")).hasSize(ROWS);
    assertThat(companies.getJsonArray("items").getJsonObject(0).getInt("vacancyCount"))
        .isEqualTo(1);
    long vacancyScans = settled(platform, schema, "vacancy", before) - before;
    System.out.printf("companies?limit=%d: %d scans of vacancy%n", ROWS, vacancyScans);
    assertThat(vacancyScans).as("scans of vacancy for a page of companies").isBetween(1L, 3L);

    before = settled(platform, schema, "company", -1);
    var vacancies = platform.get("/api/t/" + t + "/vacancies?limit=" + ROWS).json();
    assertThat(vacancies.getJsonArray("items")).hasSize(ROWS);
    assertThat(vacancies.getJsonArray("items").getJsonObject(0).getString("companyName"))
        .startsWith("Azienda ");
    long companyScans = settled(platform, schema, "company", before) - before;
    System.out.printf("vacancies?limit=%d: %d scans of company%n", ROWS, companyScans);
    assertThat(companyScans).as("scans of company for a page of vacancies").isBetween(1L, 3L);

    // The other territory has none of them.
    assertThat(platform.get("/api/t/" + other + "/companies").json().getInt("total")).isZero();
    assertThat(platform.get("/api/t/" + other + "/vacancies").json().getInt("total")).isZero();
  }

  /**
   * The table's scan count once the server's connections have reported theirs: PostgreSQL flushes a
   * backend's statistics at the end of a transaction, or at the latest 10 seconds after it went
   * idle. The first value that differs from {@code baseline} and then holds for 11 seconds; with no
   * baseline, the first value that holds that long.
   */
  private static long settled(Platform platform, String schema, String table, long baseline)
      throws Exception {
    long until = System.nanoTime() + 90_000_000_000L;
    long last = scans(platform, schema, table);
    long stableSince = System.nanoTime();
    while (System.nanoTime() < until) {
      Thread.sleep(250);
      long now = scans(platform, schema, table);
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      } else if (last != baseline && System.nanoTime() - stableSince > 11_000_000_000L) {
        return last;
      }
    }
    throw new AssertionError("the scans of " + table + " did not settle: " + last);
  }

  private static long scans(Platform platform, String schema, String table) throws Exception {
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables"
                    + " WHERE schemaname = '"
                    + schema
                    + "' AND relname = '"
                    + table
                    + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
