package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The social-innovation calls plugin on the real platform. */
@ExtendWith(PlatformExtension.class)
class InnovationCallsIT {

  private static final String IC = "innovation-calls";
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final AtomicInteger VAT = new AtomicInteger(8_000_000);

  private static String base(String tenant) {
    return "/api/t/" + tenant + "/plugins/" + IC;
  }

  private static void enable(Platform platform, String tenant, String plugin) {
    String admin = platform.adminOf(tenant);
    Answer enabled =
        platform
            .as(admin)
            .send("PUT", "/api/t/" + tenant + "/plugins/" + plugin, "{}", "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
  }

  private static long id(Answer a) {
    assertThat(a.status()).as(a.body()).isBetween(200, 201);
    return a.json().getJsonNumber("id").longValue();
  }

  private static long call(Platform platform, String tenant, String budget, LocalDateTime closes) {
    return id(
        platform
            .asAdminOf(tenant)
            .post(
                base(tenant) + "/calls",
                "{\"title\": \"Innovazione sociale 2026\", \"budget\": %s, \"opensAt\": \"%s\", \"closesAt\": \"%s\"}"
                    .formatted(budget, closes.minusMonths(1), closes)));
  }

  private static long submit(Platform platform, String tenant, long call, String vat, int asked) {
    return id(
        platform.post(
            base(tenant) + "/calls/" + call + "/applications",
            ("{\"organisation\": \"Cooperativa %s\", \"taxCode\": \"%s\", \"applicantType\": \"THIRD_SECTOR\","
                    + " \"seatInTerritory\": true, \"summary\": \"Laboratorio di comunità\","
                    + " \"investment\": %d, \"consultancy\": 0, \"expectedJobs\": 3}")
                .formatted(vat, vat, asked)));
  }

  private static String newVat() {
    return TestData.vatNumber(VAT.incrementAndGet());
  }

  /** Takes an application from submission to evaluation. */
  private static void toEvaluation(Platform platform, String tenant, long application) {
    String a = base(tenant) + "/applications/" + application;
    assertThat(platform.post(a + "/eligibility-check", "{}").json().getString("status"))
        .isEqualTo("ACCOMPANIMENT");
    assertThat(platform.post(a + "/transitions", "{\"to\": \"PITCH\"}").status()).isEqualTo(200);
    assertThat(platform.post(a + "/transitions", "{\"to\": \"EVALUATION\"}").status())
        .isEqualTo(200);
  }

  private static Answer score(
      Platform platform,
      String member,
      String tenant,
      long app,
      int jobs,
      int impact,
      int sust,
      int partners) {
    return platform
        .as(member)
        .send(
            "PUT",
            base(tenant) + "/applications/" + app + "/scores",
            "{\"scores\": {\"JOBS\": %d, \"IMPACT\": %d, \"SUSTAINABILITY\": %d, \"PARTNERSHIP\": %d}}"
                .formatted(jobs, impact, sust, partners),
            "application/json");
  }

  private static java.math.BigDecimal scoreOf(Answer scored) {
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    return scored.json().getJsonNumber("score").bigDecimalValue();
  }

  @Test
  void submissionsCloseAtTheLocalCloseTime(Platform platform) throws Exception {
    String t = platform.onboardNewTenant("08");
    enable(platform, t, IC);
    LocalDateTime closes = LocalDateTime.now(ROME).truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
    long call = call(platform, t, "20000", closes);
    submit(platform, t, call, newVat(), 5000);
    while (LocalDateTime.now(ROME).isBefore(closes.plusNanos(200_000_000))) {
      Thread.sleep(100);
    }
    Answer late =
        platform.post(
            base(t) + "/calls/" + call + "/applications",
            "{\"organisation\": \"Tardiva\", \"taxCode\": \"%s\", \"applicantType\": \"THIRD_SECTOR\", \"summary\": \"x\"}"
                .formatted(newVat()));
    assertThat(assertProblem(late, 422, "ic-call-closed").getString("detail"))
        .contains("closed at " + closes);
    assertThat(
            platform
                .get(base(t) + "/calls/" + call + "/applications")
                .jsonStructure()
                .asJsonArray())
        .hasSize(1);
    long future = call(platform, t, "1000", LocalDateTime.now(ROME).plusMonths(2));
    assertProblem(
        platform.post(
            base(t) + "/calls/" + future + "/applications",
            "{\"organisation\": \"Presto\", \"taxCode\": \"%s\", \"applicantType\": \"THIRD_SECTOR\", \"summary\": \"x\"}"
                .formatted(newVat())),
        422,
        "ic-call-closed");
  }

  @Test
  void anOrganisationAppliesToACallOnce(Platform platform) {
    String t = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    enable(platform, t, IC);
    enable(platform, other, IC);
    long call = call(platform, t, "20000", LocalDateTime.now(ROME).plusMonths(1));
    String vat = newVat();
    long first = submit(platform, t, call, vat, 5000);
    Answer again =
        platform.post(
            base(t) + "/calls/" + call + "/applications",
            ("{\"organisation\": \"Cooperativa %s\", \"taxCode\": \"%s\","
                    + " \"applicantType\": \"THIRD_SECTOR\", \"summary\": \"Un altro progetto\"}")
                .formatted(vat, vat));
    assertProblem(again, 409, "ic-already-applied");
    var applications =
        platform.get(base(t) + "/calls/" + call + "/applications").jsonStructure().asJsonArray();
    assertThat(applications).hasSize(1);
    assertThat(applications.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(first);
    assertThat(applications.getJsonObject(0).getString("summary"))
        .isEqualTo("Laboratorio di comunità");
    // The same organisation may apply to another territory's call.
    long elsewhere = call(platform, other, "20000", LocalDateTime.now(ROME).plusMonths(1));
    submit(platform, other, elsewhere, vat, 5000);
    assertThat(platform.get(base(other) + "/calls").jsonStructure().asJsonArray()).hasSize(1);
  }

  @Test
  void theCommitteeScoresWithConflictsAndRanksWithTies(Platform platform) {
    String t = platform.onboardNewTenant("08");
    enable(platform, t, IC);
    long call = call(platform, t, "50000", LocalDateTime.now(ROME).plusDays(10));
    List<String> members = new ArrayList<>();
    for (String name : List.of("anna", "bruno", "carla")) {
      String member = platform.createUser(name + "-" + t, "operator", t);
      members.add(member);
      platform
          .asAdminOf(t)
          .post(base(t) + "/calls/" + call + "/committee", "{\"username\": \"" + member + "\"}");
    }
    long first = submit(platform, t, call, newVat(), 6000);
    long second = submit(platform, t, call, newVat(), 6000);
    long third = submit(platform, t, call, newVat(), 6000);
    long ineligible =
        id(
            platform.post(
                base(t) + "/calls/" + call + "/applications",
                "{\"organisation\": \"Srl Qualunque\", \"taxCode\": \"%s\", \"applicantType\": \"COMPANY\", \"summary\": \"x\", \"investment\": 9000}"
                    .formatted(newVat())));
    JsonObject refused =
        platform.post(base(t) + "/applications/" + ineligible + "/eligibility-check", "{}").json();
    assertThat(refused.getString("status")).isEqualTo("INELIGIBLE");
    JsonArray history =
        platform.get(base(t) + "/applications/" + ineligible).json().getJsonArray("history");
    assertThat(history.getJsonObject(1).getString("note"))
        .contains("applicant type COMPANY")
        .contains("investment above the cap");
    assertThat(history.getJsonObject(1).getString("actor")).contains("op-" + t);

    // Not yet in evaluation: scoring and a decision are refused.
    assertProblem(score(platform, members.get(0), t, first, 5, 5, 5, 5), 409, "ic-wrong-state");
    for (long app : List.of(first, second, third)) {
      toEvaluation(platform, t, app);
    }
    assertProblem(
        platform.post(base(t) + "/applications/" + first + "/transitions", "{\"to\": \"PITCH\"}"),
        409,
        "ic-illegal-transition");

    // Carla declares a conflict with the first application: she cannot score it.
    Answer declared =
        platform
            .as(members.get(2))
            .post(
                base(t) + "/applications/" + first + "/conflicts",
                "{\"reason\": \"Socia della cooperativa\"}");
    assertThat(declared.status()).isEqualTo(204);
    assertProblem(
        score(platform, members.get(2), t, first, 10, 10, 10, 10), 403, "ic-conflict-of-interest");
    String outsider = platform.createUser("dario-" + t, "operator", t);
    assertProblem(score(platform, outsider, t, first, 10, 10, 10, 10), 403, "ic-not-a-member");

    // Weights 40/25/20/15 over maxima of 10: (8,6,5,4) = 32+15+10+6 = 63; (6,8,7,6) = 24+20+14+9 =
    // 67.
    assertThat(score(platform, members.get(0), t, first, 8, 6, 5, 4).status()).isEqualTo(200);
    JsonObject scored = score(platform, members.get(1), t, first, 6, 8, 7, 6).json();
    assertThat(scored.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("65.00");
    // The second: (6,6,8,6) = 24+15+16+9 = 64; (7,6,8,6) = 68; (6,8,7,6) = 67.
    assertThat(scoreOf(score(platform, members.get(0), t, second, 6, 6, 8, 6)))
        .isEqualByComparingTo("64.00");
    assertThat(scoreOf(score(platform, members.get(1), t, second, 7, 6, 8, 6)))
        .isEqualByComparingTo("66.00");
    assertThat(scoreOf(score(platform, members.get(2), t, second, 6, 8, 7, 6)))
        .isEqualByComparingTo("66.33");
    // Bruno scores again: his new scores replace the old, (64 + 64 + 67) / 3 = 65, a tie with the
    // first.
    assertThat(scoreOf(score(platform, members.get(1), t, second, 6, 6, 8, 6)))
        .isEqualByComparingTo("65.00");
    assertThat(scoreOf(score(platform, members.get(0), t, third, 5, 5, 5, 5)))
        .isEqualByComparingTo("50.00");
    assertProblem(
        platform
            .as(members.get(0))
            .send(
                "PUT",
                base(t) + "/applications/" + third + "/scores",
                "{\"scores\": {\"JOBS\": 11}}",
                "application/json"),
        422,
        "ic-scores-refused");

    JsonArray ranking =
        platform.get(base(t) + "/calls/" + call + "/ranking").jsonStructure().asJsonArray();
    // Tied scores share a rank and keep the order of submission.
    assertThat(
            ranking.stream().map(r -> r.asJsonObject().getJsonNumber("applicationId").longValue()))
        .containsExactly(first, second, third);
    assertThat(ranking.stream().map(r -> r.asJsonObject().getInt("rank"))).containsExactly(1, 1, 3);
    assertThat(ranking.stream().map(r -> r.asJsonObject().getBoolean("passes")))
        .containsExactly(true, true, false);

    assertProblem(
        platform
            .as(members.get(0))
            .post(
                base(t) + "/applications/" + third + "/decision",
                "{\"outcome\": \"SELECTED\", \"minutes\": \"Verbale n. 1\"}"),
        422,
        "ic-decision-refused");
    // Only one of the three members scored the third: no quorum for any decision.
    assertProblem(
        platform
            .as(members.get(0))
            .post(
                base(t) + "/applications/" + third + "/decision",
                "{\"outcome\": \"REJECTED\", \"minutes\": \"Verbale n. 1\"}"),
        409,
        "ic-quorum-not-reached");
    // Issue #16: a decision is a committee member's; Carla, in conflict, cannot record the first's.
    assertProblem(
        platform.post(
            base(t) + "/applications/" + first + "/decision",
            "{\"outcome\": \"SELECTED\", \"minutes\": \"Verbale n. 1\"}"),
        403,
        "ic-not-a-member");
    assertProblem(
        platform
            .as(members.get(2))
            .post(
                base(t) + "/applications/" + first + "/decision",
                "{\"outcome\": \"SELECTED\", \"minutes\": \"Verbale n. 1\"}"),
        403,
        "ic-conflict-of-interest");
    assertThat(
            platform
                .as(members.get(0))
                .post(
                    base(t) + "/applications/" + first + "/decision",
                    "{\"outcome\": \"SELECTED\", \"minutes\": \"Verbale n. 1\"}")
                .json()
                .getString("status"))
        .isEqualTo("SELECTED");
    assertThat(
            platform
                .as(members.get(0))
                .post(
                    base(t) + "/applications/" + second + "/decision",
                    "{\"outcome\": \"STAND_BY\", \"minutes\": \"Verbale n. 1\"}")
                .json()
                .getString("status"))
        .isEqualTo("STAND_BY");
  }

  @Test
  void fundingNeverExceedsTheBudgetAndJobsComeFromRealPlacements(Platform platform)
      throws Exception {
    String t = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    enable(platform, t, IC);
    long call = call(platform, t, "10000", LocalDateTime.now(ROME).plusDays(10));
    String member = platform.createUser("elena-" + t, "operator", t);
    platform
        .asAdminOf(t)
        .post(base(t) + "/calls/" + call + "/committee", "{\"username\": \"" + member + "\"}");
    Fixtures ft = new Fixtures(platform, t);
    long company = ft.company("Cooperativa Funded");
    String fundedVat =
        platform.get("/api/t/" + t + "/companies/" + company).json().getString("vatNumber");
    long[] apps = {
      submit(platform, t, call, fundedVat, 6000), submit(platform, t, call, newVat(), 6000)
    };
    for (long app : apps) {
      toEvaluation(platform, t, app);
      score(platform, member, t, app, 8, 8, 8, 8);
      platform
          .as(member)
          .post(
              base(t) + "/applications/" + app + "/decision",
              "{\"outcome\": \"SELECTED\", \"minutes\": \"Verbale\"}");
    }
    var pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (long app : apps) {
        answers.add(
            pool.submit(
                () ->
                    platform
                        .asAdminOf(t)
                        .post(
                            base(t) + "/applications/" + app + "/funding", "{\"amount\": 6000}")));
      }
      for (Future<Answer> f : answers) {
        statuses.add(f.get().status());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 422);
    JsonObject position = platform.get(base(t) + "/calls/" + call).json();
    assertThat(position.getJsonNumber("approved").bigDecimalValue()).isEqualByComparingTo("6000");
    assertThat(position.getJsonNumber("budgetLeft").bigDecimalValue()).isEqualByComparingTo("4000");
    long funded = statuses.get(0) == 200 ? apps[0] : apps[1];

    String app = base(t) + "/applications/" + funded;
    assertThat(
            platform
                .asAdminOf(t)
                .post(
                    app + "/disbursements",
                    "{\"amount\": 3500, \"onDate\": \"" + LocalDate.now(ROME) + "\"}")
                .status())
        .isEqualTo(200);
    assertProblem(
        platform
            .asAdminOf(t)
            .post(
                app + "/disbursements",
                "{\"amount\": 2500.01, \"onDate\": \"" + LocalDate.now(ROME) + "\"}"),
        422,
        "ic-disbursement-refused");

    if (funded == apps[0]) {
      // A placement at the funded organisation's company counts as a job created, once.
      long person =
          ft.inProtocol(
              Fixtures.person("Lucia", "Bassi", ""),
              "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}");
      Answer placement =
          platform.post(
              "/api/t/" + t + "/placements",
              "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"%s\"}"
                  .formatted(person, company, LocalDate.now(ROME)));
      assertThat(placement.status()).as(placement.body()).isEqualTo(201);
      JsonObject withJob =
          Fixtures.eventually(
              () -> platform.get(app).json().getJsonObject("application"),
              a -> a.getInt("jobsCreated") > 0);
      assertThat(withJob.getInt("jobsCreated")).isEqualTo(1);
      // The same person hired again there, and a renewal: still one job. A tirocinio there is a
      // stage the project activated.
      String more =
          "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"%s\", %s \"startDate\": \"%s\"%s}";
      long first = placement.json().getJsonNumber("id").longValue();
      assertThat(
              platform
                  .post(
                      "/api/t/" + t + "/placements",
                      more.formatted(
                          person,
                          company,
                          "HIRING",
                          "\"contract\": \"FIXED_TERM\", \"endDate\": \""
                              + LocalDate.now(ROME).plusMonths(6)
                              + "\",",
                          LocalDate.now(ROME),
                          ", \"previousId\": " + first + ", \"link\": \"RENEWAL\""))
                  .status())
          .isEqualTo(201);
      long trainee =
          ft.inProtocol(
              Fixtures.person("Tino", "Tirocinio", ""),
              "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}");
      assertThat(
              platform
                  .post(
                      "/api/t/" + t + "/placements",
                      more.formatted(
                          trainee,
                          company,
                          "TIROCINIO",
                          "\"endDate\": \""
                              + LocalDate.now(ROME).plusMonths(4)
                              + "\", \"hoursPerWeek\": 30, \"monthlyAllowance\": 500,",
                          LocalDate.now(ROME),
                          ""))
                  .status())
          .isEqualTo(201);
      JsonObject withStage =
          Fixtures.eventually(
              () -> platform.get(app).json().getJsonObject("application"),
              a -> a.getInt("stagesActivated") > 0);
      assertThat(withStage.getInt("stagesActivated")).isEqualTo(1);
      Thread.sleep(3_000);
      assertThat(platform.get(app).json().getJsonObject("application").getInt("jobsCreated"))
          .isEqualTo(1);
    }

    JsonObject section =
        platform
            .get(
                "/api/t/"
                    + t
                    + "/reports/plugin-sections?from="
                    + LocalDate.now(ROME).minusDays(1)
                    + "&to="
                    + LocalDate.now(ROME))
            .jsonStructure()
            .asJsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("pluginId").equals(IC))
            .findFirst()
            .orElseThrow();
    String figures = section.getJsonArray("figures").toString();
    assertThat(figures)
        .contains("{\"name\":\"applications\",\"value\":2}")
        .contains("{\"name\":\"concluded and funded\",\"value\":1}")
        .contains("{\"name\":\"evaluated positively\",\"value\":1}")
        .contains("{\"name\":\"approved EUR\",\"value\":6000")
        .contains("{\"name\":\"disbursed EUR\",\"value\":3500")
        .contains("{\"name\":\"stages activated\",\"value\":" + (funded == apps[0] ? 1 : 0) + "}")
        .contains("{\"name\":\"jobs created\",\"value\":" + (funded == apps[0] ? 1 : 0) + "}");
    String lastYear =
        platform
            .get("/api/t/" + t + "/reports/plugin-sections?from=2020-01-01&to=2020-12-31")
            .body();
    assertThat(lastYear).contains("{\"name\":\"applications\",\"value\":0}");
    assertProblem(
        platform.get("/api/t/" + t + "/reports/plugin-sections?from=2026-02-01"),
        422,
        "validation-failed");

    // Microcredit is not enabled here: no referral. Once it is, the referral gives a loan
    // application.
    assertProblem(
        platform.post(
            app + "/microcredit-referral", "{\"fundId\": 1, \"amount\": 5000, \"months\": 36}"),
        409,
        "ic-microcredit-not-enabled");
    enable(platform, t, "microcredit");
    long fund =
        id(
            platform
                .asAdminOf(t)
                .post(
                    "/api/t/" + t + "/plugins/microcredit/funds",
                    "{\"name\": \"Fondo\", \"bank\": \"Banca\"}"));
    JsonObject draft =
        platform
            .post(
                app + "/microcredit-referral",
                "{\"fundId\": " + fund + ", \"amount\": 5000, \"months\": 36}")
            .json();
    assertThat(draft.getString("referredBy")).isEqualTo(IC + ":" + funded);
    Answer loan = platform.post("/api/t/" + t + "/plugins/microcredit/loans", draft.toString());
    assertThat(loan.status()).as(loan.body()).isEqualTo(201);
    assertThat(loan.json().getString("referredBy")).isEqualTo(IC + ":" + funded);

    // The other territory has none of this.
    assertThat(platform.get(base(other) + "/calls").status()).isEqualTo(404);
    assertThat(platform.get("/api/t/" + other + "/reports/plugin-sections").body())
        .doesNotContain(IC);
  }

  @Test
  void bolognaEnablesItInItsDescriptor(Platform platform) {
    assertThat(platform.get("/api/t/bologna/plugins/" + IC).json().getBoolean("enabled")).isTrue();
    assertThat(platform.get(base("bologna") + "/calls").status()).isEqualTo(200);
    assertThat(platform.get(base("bergamo") + "/calls").status()).isEqualTo(404);
  }
}
