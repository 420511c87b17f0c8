package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants writing at the same time, through the real server, never see each other's rows -
 * including rows reached through a relationship (company to vacancies).
 */
@ExtendWith(PlatformExtension.class)
class TenantIsolationIT {

  private static final int COMPANIES_A = 60;
  private static final int COMPANIES_B = 40;
  private static final int VACANCIES_PER_COMPANY = 1;

  @Test
  void concurrentWritesOfTwoTenantsStaySeparate(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("08");
    List<String> vatA = TestData.vatNumbers(1_000_000, COMPANIES_A);
    List<String> vatB = TestData.vatNumbers(2_000_000, COMPANIES_B);

    Map<String, String> companyIdByVat = new ConcurrentHashMap<>();
    List<Callable<Integer>> companyWrites = new ArrayList<>();
    for (String vat : vatA) {
      companyWrites.add(() -> createCompany(platform, a, vat, companyIdByVat));
    }
    for (String vat : vatB) {
      companyWrites.add(() -> createCompany(platform, b, vat, companyIdByVat));
    }
    runAll(companyWrites);

    List<Callable<Integer>> vacancyWrites = new ArrayList<>();
    for (String vat : vatA) {
      vacancyWrites.add(() -> openVacancy(platform, a, companyIdByVat.get(vat), "8.1.4.3.0"));
    }
    for (String vat : vatB) {
      vacancyWrites.add(() -> openVacancy(platform, b, companyIdByVat.get(vat), "5.2.2.1.0"));
    }
    runAll(vacancyWrites);
    // 100 company writes and 100 vacancy writes, interleaved across both tenants.

    assertSeesOnly(platform, a, vatA, "8.1.4.3.0");
    assertSeesOnly(platform, b, vatB, "5.2.2.1.0");

    // Ids are per tenant schema: B has no company beyond its own 40.
    Answer foreign = platform.get("/api/t/" + b + "/companies/" + (COMPANIES_B + 10));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain(vatA.get(COMPANIES_B + 9));

    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      assertThat(count(s, "t_" + a.replace('-', '_') + ".company")).isEqualTo(COMPANIES_A);
      assertThat(count(s, "t_" + b.replace('-', '_') + ".company")).isEqualTo(COMPANIES_B);
      assertThat(count(s, "t_" + a.replace('-', '_') + ".vacancy")).isEqualTo(COMPANIES_A);
      assertThat(count(s, "t_" + b.replace('-', '_') + ".vacancy")).isEqualTo(COMPANIES_B);
    }
  }

  private static void assertSeesOnly(
      Platform platform, String tenant, List<String> ownVat, String ownProfession) {
    JsonObject page = platform.get("/api/t/" + tenant + "/companies?limit=500").json();
    assertThat(page.getJsonNumber("total").intValue()).isEqualTo(ownVat.size());
    Set<String> seen =
        page.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .map(o -> o.getString("vatNumber"))
            .collect(Collectors.toSet());
    assertThat(seen).isEqualTo(new HashSet<>(ownVat));
    for (JsonValue item : page.getJsonArray("items")) {
      JsonObject company = item.asJsonObject();
      assertThat(company.getInt("vacancyCount")).isEqualTo(VACANCIES_PER_COMPANY);
      long id = company.getJsonNumber("id").longValue();
      var vacancies =
          platform
              .get("/api/t/" + tenant + "/companies/" + id + "/vacancies")
              .jsonStructure()
              .asJsonArray();
      assertThat(vacancies).hasSize(VACANCIES_PER_COMPANY);
      assertThat(vacancies.getJsonObject(0).getJsonNumber("companyId").longValue()).isEqualTo(id);
      assertThat(vacancies.getJsonObject(0).getString("profession")).isEqualTo(ownProfession);
    }
  }

  private static int createCompany(
      Platform platform, String tenant, String vat, Map<String, String> ids) {
    Answer answer =
        platform.post(
            "/api/t/" + tenant + "/companies",
            "{\"name\": \"Azienda "
                + vat
                + "\", \"vatNumber\": \""
                + vat
                + "\", \"atecoCode\": \"25.62.00\"}");
    if (answer.status() != 201) {
      throw new AssertionError(
          "company in " + tenant + ": " + answer.status() + " " + answer.body());
    }
    ids.put(vat, String.valueOf(answer.json().getJsonNumber("id").longValue()));
    return answer.status();
  }

  private static int openVacancy(
      Platform platform, String tenant, String companyId, String profession) {
    Answer answer =
        platform.post(
            "/api/t/" + tenant + "/companies/" + companyId + "/vacancies",
            "{\"profession\": \"" + profession + "\", \"positions\": 2}");
    if (answer.status() != 201) {
      throw new AssertionError(
          "vacancy in " + tenant + ": " + answer.status() + " " + answer.body());
    }
    return answer.status();
  }

  private static void runAll(List<Callable<Integer>> tasks) throws Exception {
    java.util.Collections.shuffle(tasks);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int count(Statement s, String table) throws Exception {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
