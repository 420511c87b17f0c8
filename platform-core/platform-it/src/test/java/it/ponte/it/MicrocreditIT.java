package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The microcredit plugin on the real platform: funds, loans, schedule, arrears, defaults. */
@ExtendWith(PlatformExtension.class)
class MicrocreditIT {

  private static final String MC = "microcredit";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

  private static String base(String tenant) {
    return "/api/t/" + tenant + "/plugins/" + MC;
  }

  static void enable(Platform platform, String tenant) {
    String admin = platform.adminOf(tenant);
    Answer enabled =
        platform
            .as(admin)
            .send("PUT", "/api/t/" + tenant + "/plugins/" + MC, "{}", "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
  }

  private static BigDecimal money(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  private static long id(Answer a) {
    assertThat(a.status()).as(a.body()).isBetween(200, 201);
    return a.json().getJsonNumber("id").longValue();
  }

  /** A fund with EUR 15,000 in two deposits, leverage 2 (capacity 30,000), covering 50%. */
  static long fund(Platform platform, String tenant) {
    String b = base(tenant);
    Platform.Session admin = platform.asAdminOf(tenant);
    long fund =
        id(
            admin.post(
                b + "/funds",
                "{\"name\": \"Fondo di garanzia\", \"bank\": \"Banca Etica\", \"leverage\": 2,"
                    + " \"coveragePercent\": 50}"));
    admin.post(
        b + "/funds/" + fund + "/deposits", "{\"amount\": 10000, \"onDate\": \"2024-03-01\"}");
    JsonObject raised =
        admin
            .post(
                b + "/funds/" + fund + "/deposits",
                "{\"amount\": 5000, \"onDate\": \"2025-03-01\"}")
            .json();
    assertThat(money(raised, "balance")).isEqualByComparingTo("15000");
    assertThat(money(raised, "capacity")).isEqualByComparingTo("30000");
    return fund;
  }

  /** An organisation's business loan, evaluated, with two ancillary services. */
  static long businessLoan(
      Platform platform, String tenant, long fund, String amount, LocalDate appliedOn, int n) {
    String b = base(tenant);
    long loan =
        id(
            platform.post(
                b + "/loans",
                ("{\"fundId\": %d, \"product\": \"BUSINESS\", \"organisation\": \"Cooperativa %d\","
                        + " \"taxCode\": \"%s\", \"amount\": %s, \"months\": 48,"
                        + " \"appliedOn\": \"%s\"}")
                    .formatted(fund, n, TestData.vatNumber(7_000_000 + n), amount, appliedOn)));
    for (String service : List.of("STRATEGY", "PRICING_MARKET")) {
      Answer s =
          platform.post(
              b + "/loans/" + loan + "/services",
              "{\"service\": \"%s\", \"tutor\": \"Marta Neri\", \"givenOn\": \"%s\"}"
                  .formatted(service, appliedOn));
      assertThat(s.status()).as(s.body()).isEqualTo(200);
    }
    Answer evaluated =
        platform.post(
            b + "/loans/" + loan + "/evaluation",
            "{\"positive\": true, \"businessPlan\": \"Laboratorio di sartoria\"}");
    assertThat(evaluated.json().getString("status")).isEqualTo("EVALUATED");
    return loan;
  }

  private static Answer approve(Platform platform, String tenant, long loan, LocalDate on) {
    return platform
        .asAdminOf(tenant)
        .post(base(tenant) + "/loans/" + loan + "/approval", "{\"approvedOn\": \"" + on + "\"}");
  }

  private static List<String> reasons(JsonObject problem) {
    return problem.getJsonArray("reasons").getValuesAs(JsonString::getString);
  }

  @Test
  void approvalsRespectTheDatedLimitAndTheFundAndRacesNeverOverdrawIt(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    enable(platform, a);
    long fund = fund(platform, a);

    // 45,000 on 1 Dec 2023: the limit then was 40,000; and the fund can guarantee 30,000.
    long big = businessLoan(platform, a, fund, "45000", LocalDate.of(2023, 11, 2), 1);
    JsonObject refused =
        assertProblem(
            approve(platform, a, big, LocalDate.of(2023, 12, 1)), 422, "mc-approval-refused");
    assertThat(reasons(refused))
        .anySatisfy(r -> assertThat(r).contains("limit of EUR 40000.00 for loans from 2021-07-25"))
        .anySatisfy(r -> assertThat(r).contains("free capacity is EUR 30000.00"));

    // Two loans of 20,000 race for a capacity of 30,000: exactly one is approved.
    LocalDate applied = TODAY.minusMonths(7);
    long[] loans = {
      businessLoan(platform, a, fund, "20000", applied, 2),
      businessLoan(platform, a, fund, "20000", applied, 3)
    };
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Answer>> answers =
          List.of(
              pool.submit(() -> approve(platform, a, loans[0], applied.plusDays(10))),
              pool.submit(() -> approve(platform, a, loans[1], applied.plusDays(10))));
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<Answer> f : answers) {
        statuses.add(f.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 422);
    } finally {
      pool.shutdown();
    }
    JsonObject position = platform.get(base(a) + "/funds/" + fund).json();
    assertThat(money(position, "exposure")).isEqualByComparingTo("20000");
    assertThat(money(position, "freeCapacity")).isEqualByComparingTo("10000");

    // A business loan without the two ancillary services cannot be approved.
    long bare =
        id(
            platform.post(
                base(a) + "/loans",
                "{\"fundId\": %d, \"product\": \"BUSINESS\", \"organisation\": \"Bottega\", \"taxCode\": \"%s\", \"amount\": 1000, \"months\": 12}"
                    .formatted(fund, TestData.vatNumber(7_000_100))));
    platform.post(base(a) + "/loans/" + bare + "/evaluation", "{\"positive\": true}");
    assertThat(
            reasons(assertProblem(approve(platform, a, bare, TODAY), 422, "mc-approval-refused")))
        .anySatisfy(r -> assertThat(r).contains("at least 2 ancillary support services"));

    // A tenant without the plugin sees none of it.
    String other = platform.onboardNewTenant("08");
    assertThat(platform.get(base(other) + "/funds").status()).isEqualTo(404);
    assertThat(platform.get("/api/t/" + other + "/reports/plugin-sections").body())
        .doesNotContain("Microcredit");
  }

  @Test
  void arrearsDefaultsGuaranteeCallsAndRepaymentsOverTime(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    enable(platform, a);
    String b = base(a);
    long fund = fund(platform, a);

    // A loan of 20,000 disbursed in two tranches five months ago and never repaid.
    LocalDate applied = TODAY.minusMonths(6);
    long late = businessLoan(platform, a, fund, "20000", applied, 10);
    assertThat(approve(platform, a, late, applied.plusDays(5)).status()).isEqualTo(200);
    JsonObject tranche =
        platform
            .asAdminOf(a)
            .post(
                b + "/loans/" + late + "/disbursements",
                "{\"amount\": 12000, \"onDate\": \"" + TODAY.minusMonths(5).minusDays(3) + "\"}")
            .json();
    assertThat(tranche.getString("status")).isEqualTo("DISBURSING");
    assertProblem(
        platform
            .asAdminOf(a)
            .post(
                b + "/loans/" + late + "/disbursements",
                "{\"amount\": 8000.01, \"onDate\": \"" + TODAY.minusMonths(5) + "\"}"),
        422,
        "mc-disbursement-refused");
    JsonObject disbursed =
        platform
            .asAdminOf(a)
            .post(
                b + "/loans/" + late + "/disbursements",
                "{\"amount\": 8000, \"onDate\": \"" + TODAY.minusMonths(5) + "\"}")
            .json();
    assertThat(disbursed.getString("status")).isEqualTo("DISBURSED");
    JsonArray schedule =
        platform.get(b + "/loans/" + late + "/schedule").jsonStructure().asJsonArray();
    assertThat(schedule).hasSize(48);
    assertThat(
            schedule.stream()
                .map(i -> i.asJsonObject().getJsonNumber("principal").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("20000");

    // More than 90 days in arrears: the daily task moves it to DEFAULTED.
    JsonObject defaulted =
        Fixtures.eventually(
            () -> platform.get(b + "/loans/" + late).json(),
            l -> l.getString("status").equals("DEFAULTED"));
    assertThat(defaulted.getString("status")).isEqualTo("DEFAULTED");
    assertThat(defaulted.getJsonNumber("daysInArrears").longValue()).isGreaterThan(90);

    // The guarantee call: the fund pays 50% of the outstanding 20,000, once.
    JsonObject call =
        platform.asAdminOf(a).post(b + "/loans/" + late + "/guarantee-call", "{}").json();
    assertThat(money(call, "amount")).isEqualByComparingTo("-10000");
    assertProblem(
        platform.asAdminOf(a).post(b + "/loans/" + late + "/guarantee-call", "{}"),
        409,
        "mc-guarantee-called");
    JsonObject afterCall = platform.get(b + "/funds/" + fund).json();
    assertThat(money(afterCall, "balance")).isEqualByComparingTo("5000");
    assertThat(money(afterCall, "capacity")).isEqualByComparingTo("10000");
    assertThat(money(afterCall, "exposure")).isZero();

    // A social loan of 8,000 to a candidate, disbursed 75 days ago: two instalments due, none paid.
    long person = new Fixtures(platform, a).register(Fixtures.person("Sara", "Costa", ""));
    LocalDate disbursedOn = TODAY.minusDays(75);
    long social =
        id(
            platform.post(
                b + "/loans",
                "{\"fundId\": %d, \"product\": \"SOCIAL\", \"candidateId\": %d, \"amount\": 8000, \"months\": 24, \"appliedOn\": \"%s\"}"
                    .formatted(fund, person, disbursedOn.minusDays(20))));
    platform.post(b + "/loans/" + social + "/evaluation", "{\"positive\": true}");
    assertThat(approve(platform, a, social, disbursedOn.minusDays(5)).status()).isEqualTo(200);
    platform
        .asAdminOf(a)
        .post(
            b + "/loans/" + social + "/disbursements",
            "{\"amount\": 8000, \"onDate\": \"" + disbursedOn + "\"}");
    JsonObject behind = platform.get(b + "/loans/" + social).json();
    assertThat(behind.getJsonNumber("daysInArrears").longValue()).isBetween(31L, 89L);

    JsonObject section = microcreditSection(platform, a);
    assertThat(figure(section, "outstanding principal EUR")).isEqualByComparingTo("28000");
    assertThat(figure(section, "PAR30 EUR")).isEqualByComparingTo("28000");
    assertThat(figure(section, "defaults")).isEqualByComparingTo("1");
    assertThat(figure(section, "guarantee calls EUR")).isEqualByComparingTo("10000");

    // A period's section: flows by their date, the portfolio at its last day.
    JsonObject in2020 = microcreditSection(platform, a, "?from=2020-01-01&to=2020-12-31");
    assertThat(figure(in2020, "loans applied")).isZero();
    assertThat(figure(in2020, "disbursed EUR")).isZero();
    assertThat(figure(in2020, "outstanding principal EUR at period end")).isZero();
    JsonObject thatDay =
        microcreditSection(platform, a, "?from=" + disbursedOn + "&to=" + disbursedOn);
    JsonObject dayBefore =
        microcreditSection(
            platform, a, "?from=" + disbursedOn.minusDays(1) + "&to=" + disbursedOn.minusDays(1));
    assertThat(figure(thatDay, "disbursed EUR")).isGreaterThanOrEqualTo(new BigDecimal("8000"));
    assertThat(
            figure(thatDay, "outstanding principal EUR at period end")
                .subtract(figure(dayBefore, "outstanding principal EUR at period end")))
        .as("the portfolio grew by what was disbursed that day")
        .isEqualByComparingTo(
            figure(thatDay, "disbursed EUR").subtract(figure(thatDay, "repaid EUR")));

    // Paying what is due cures the arrears; the principal repaid frees capacity.
    BigDecimal due =
        platform.get(b + "/loans/" + social + "/schedule").jsonStructure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(TODAY))
            .map(
                i ->
                    i.getJsonNumber("principal")
                        .bigDecimalValue()
                        .add(i.getJsonNumber("interest").bigDecimalValue()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal freeBefore = money(platform.get(b + "/funds/" + fund).json(), "freeCapacity");
    Answer repaid =
        platform.post(
            b + "/loans/" + social + "/repayments",
            "{\"amount\": " + due.toPlainString() + ", \"onDate\": \"" + TODAY + "\"}");
    assertThat(repaid.status()).as(repaid.body()).isEqualTo(201);
    BigDecimal principal = money(repaid.json(), "principal");
    assertThat(money(repaid.json(), "interest").add(principal)).isEqualByComparingTo(due);
    assertThat(
            money(platform.get(b + "/funds/" + fund).json(), "freeCapacity").subtract(freeBefore))
        .isEqualByComparingTo(principal);
    assertThat(
            platform.get(b + "/loans/" + social).json().getJsonNumber("daysInArrears").longValue())
        .isZero();
    JsonObject cured = microcreditSection(platform, a);
    assertThat(figure(cured, "PAR30 EUR")).isEqualByComparingTo("20000");

    // Arrears at a past period's end, as the schedule stood then: the day of the social loan's
    // tranche, the business loan was already 45 days late on its first instalment.
    JsonObject atTranche =
        microcreditSection(platform, a, "?from=" + disbursedOn + "&to=" + disbursedOn);
    assertThat(figure(atTranche, "outstanding principal EUR at period end"))
        .isEqualByComparingTo("28000");
    assertThat(figure(atTranche, "PAR30 EUR at period end")).isEqualByComparingTo("20000");
    assertThat(figure(atTranche, "PAR30 % at period end")).isEqualByComparingTo("71.4");
    // Yesterday both were late; today the social loan is cured and the business loan, defaulted,
    // has left the portfolio.
    JsonObject yesterday =
        microcreditSection(
            platform, a, "?from=" + TODAY.minusDays(1) + "&to=" + TODAY.minusDays(1));
    assertThat(figure(yesterday, "PAR30 EUR at period end"))
        .isEqualByComparingTo(figure(yesterday, "outstanding principal EUR at period end"))
        .isGreaterThanOrEqualTo(new BigDecimal("8000"));
    JsonObject today = microcreditSection(platform, a, "?from=" + TODAY + "&to=" + TODAY);
    assertThat(figure(today, "PAR30 EUR at period end")).isZero();
    assertThat(figure(today, "outstanding principal EUR at period end"))
        .isEqualByComparingTo(
            figure(cured, "outstanding principal EUR").subtract(new BigDecimal("20000")));

    assertProblem(
        platform.post(
            b + "/loans/" + social + "/repayments",
            "{\"amount\": 999999, \"onDate\": \"" + TODAY + "\"}"),
        422,
        "mc-repayment-refused");

    // The borrower's export has the loan; erasure unlinks it and keeps the figures.
    String admin = "admin-" + a;
    assertThat(
            platform
                .as(admin)
                .get("/api/t/" + a + "/candidates/" + person + "/privacy/export")
                .body())
        .contains("SOCIAL");
    assertThat(
            platform
                .as(admin)
                .post("/api/t/" + a + "/candidates/" + person + "/privacy/erasure", "{}")
                .status())
        .isBetween(200, 204);
    assertThat(platform.get(b + "/loans/" + social).json().containsKey("candidateId")).isFalse();
    assertThat(figure(microcreditSection(platform, a), "outstanding principal EUR"))
        .isEqualByComparingTo(figure(cured, "outstanding principal EUR"));
  }

  @Test
  void jobsCreatedComeFromPlacementsAtTheBorrowerFromTheFirstTranche(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    enable(platform, a);
    enable(platform, other);
    String b = base(a);
    long fund = fund(platform, a);
    Fixtures f = new Fixtures(platform, a);

    // A cooperative borrows 10,000; its first tranche was paid 60 days ago. The core knows the
    // cooperative as a company with the same partita IVA.
    LocalDate applied = TODAY.minusDays(90);
    long loan = businessLoan(platform, a, fund, "10000", applied, 41);
    assertThat(approve(platform, a, loan, applied.plusDays(5)).status()).isEqualTo(200);
    Answer tranche =
        platform
            .asAdminOf(a)
            .post(
                b + "/loans/" + loan + "/disbursements",
                "{\"amount\": 4000, \"onDate\": \"" + TODAY.minusDays(60) + "\"}");
    assertThat(tranche.status()).as(tranche.body()).isEqualTo(200);
    Answer coop =
        platform.post(
            f.base() + "/companies",
            "{\"name\": \"Cooperativa 41\", \"vatNumber\": \"%s\"}"
                .formatted(TestData.vatNumber(7_000_041)));
    assertThat(coop.status()).as(coop.body()).isEqualTo(201);
    long coopId = coop.json().getJsonNumber("id").longValue();

    String ready =
        "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"CARE\"]}";
    long anna = f.inProtocol(Fixtures.person("Anna", "Sarti", ""), ready);
    long bruno = f.inProtocol(Fixtures.person("Bruno", "Prima", ""), ready);
    long carla = f.inProtocol(Fixtures.person("Carla", "Stage", ""), ready);
    String hiring = "\"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"%s\"";
    // Anna is hired there after the first tranche: a job the loan created.
    long first = place(platform, a, anna, coopId, hiring.formatted(TODAY.minusDays(30)));
    // Hired again there (not a renewal): still one job for her.
    place(
        platform,
        a,
        anna,
        coopId,
        ("\"type\": \"HIRING\", \"contract\": \"FIXED_TERM\", \"startDate\": \"%s\","
                + " \"endDate\": \"%s\"")
            .formatted(TODAY.minusDays(5), TODAY.plusMonths(6)));
    // Bruno started before the money arrived; Carla's tirocinio is no job.
    place(platform, a, bruno, coopId, hiring.formatted(TODAY.minusDays(70)));
    place(
        platform,
        a,
        carla,
        coopId,
        ("\"type\": \"TIROCINIO\", \"startDate\": \"%s\", \"endDate\": \"%s\","
                + " \"hoursPerWeek\": 30, \"monthlyAllowance\": 500")
            .formatted(TODAY.minusDays(20), TODAY.plusMonths(4)));

    // Elena borrows for her own shop: her self-employment is the job her loan created.
    long elena = f.inProtocol(Fixtures.person("Elena", "Bottega", ""), ready);
    long own =
        id(
            platform.post(
                b + "/loans",
                ("{\"fundId\": %d, \"product\": \"BUSINESS\", \"candidateId\": %d,"
                        + " \"amount\": 5000, \"months\": 36, \"appliedOn\": \"%s\"}")
                    .formatted(fund, elena, TODAY.minusDays(40))));
    for (String service : List.of("STRATEGY", "JOB_ENTRY")) {
      platform.post(
          b + "/loans/" + own + "/services",
          "{\"service\": \"%s\", \"tutor\": \"Marta Neri\", \"givenOn\": \"%s\"}"
              .formatted(service, TODAY.minusDays(40)));
    }
    platform.post(b + "/loans/" + own + "/evaluation", "{\"positive\": true}");
    assertThat(approve(platform, a, own, TODAY.minusDays(35)).status()).isEqualTo(200);
    platform
        .asAdminOf(a)
        .post(
            b + "/loans/" + own + "/disbursements",
            "{\"amount\": 5000, \"onDate\": \"" + TODAY.minusDays(30) + "\"}");
    long shop = f.company("Bottega di Elena");
    place(
        platform,
        a,
        elena,
        shop,
        "\"type\": \"SELF_EMPLOYMENT\", \"startDate\": \"%s\"".formatted(TODAY.minusDays(10)));

    Fixtures.eventually(
        () -> platform.get(b + "/loans/" + own).json(), l -> l.getInt("jobsCreated") == 1);
    Thread.sleep(2_000);
    JsonArray jobs = platform.get(b + "/loans/" + loan + "/jobs").jsonStructure().asJsonArray();
    assertThat(jobs).hasSize(1);
    assertThat(jobs.getJsonObject(0).getJsonNumber("placementId").longValue()).isEqualTo(first);
    assertThat(jobs.getJsonObject(0).getJsonNumber("candidateId").longValue()).isEqualTo(anna);
    assertThat(platform.get(b + "/loans/" + loan).json().getInt("jobsCreated")).isEqualTo(1);
    assertThat(figure(microcreditSection(platform, a), "jobs created")).isEqualByComparingTo("2");
    assertThat(
            figure(
                microcreditSection(platform, a, "?from=" + TODAY.minusDays(15) + "&to=" + TODAY),
                "jobs created"))
        .as("by the day the job started")
        .isEqualByComparingTo("1");

    // Loans by state: a state that does not exist is refused, not an empty list.
    assertThat(platform.get(b + "/loans?status=DISBURSING").jsonStructure().asJsonArray())
        .singleElement()
        .satisfies(l -> assertThat(l.asJsonObject().getInt("id")).isEqualTo((int) loan));
    assertProblem(platform.get(b + "/loans?status=PAID"), 422, "mc-unknown-status");

    // The other territory sees none of it.
    assertThat(figure(microcreditSection(platform, other), "jobs created")).isZero();
    assertThat(platform.get(base(other) + "/loans/" + loan + "/jobs").status()).isEqualTo(404);

    // Anna's export names the job; her erasure keeps it counted, without her.
    String admin = "admin-" + a;
    assertThat(platform.as(admin).get(f.base() + "/candidates/" + anna + "/privacy/export").body())
        .contains("\"placementId\":" + first);
    assertThat(
            platform
                .as(admin)
                .post(f.base() + "/candidates/" + anna + "/privacy/erasure", "{}")
                .status())
        .isBetween(200, 204);
    JsonObject kept =
        platform.get(b + "/loans/" + loan + "/jobs").jsonStructure().asJsonArray().getJsonObject(0);
    assertThat(kept.containsKey("candidateId")).isFalse();
    assertThat(figure(microcreditSection(platform, a), "jobs created")).isEqualByComparingTo("2");
  }

  private static long place(
      Platform platform, String tenant, long candidate, long company, String fields) {
    Answer placed =
        platform.post(
            "/api/t/" + tenant + "/placements",
            "{\"candidateId\": %d, \"companyId\": %d, %s}".formatted(candidate, company, fields));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    return placed.json().getJsonNumber("id").longValue();
  }

  @Test
  void whatIsRecordedAlreadyIsAConflictAndChangesNothing(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    enable(platform, a);
    enable(platform, other);
    long fund = fund(platform, a);
    String sameName =
        "{\"name\": \"Fondo di garanzia\", \"bank\": \"Banca Etica\", \"leverage\": 3,"
            + " \"coveragePercent\": 80}";
    assertProblem(platform.asAdminOf(a).post(base(a) + "/funds", sameName), 409, "mc-fund-exists");
    JsonObject kept = platform.get(base(a) + "/funds/" + fund).json();
    assertThat(kept.getJsonNumber("coveragePercent").intValue()).isEqualTo(50);
    assertThat(platform.get(base(a) + "/funds").jsonStructure().asJsonArray()).hasSize(1);
    // Names are unique within a territory: the other may use the same one.
    assertThat(platform.asAdminOf(other).post(base(other) + "/funds", sameName).status())
        .isEqualTo(201);

    long loan = businessLoan(platform, a, fund, "5000", TODAY.minusDays(3), 990);
    assertProblem(
        platform.post(
            base(a) + "/loans/" + loan + "/services",
            "{\"service\": \"STRATEGY\", \"tutor\": \"Altro tutor\", \"givenOn\": \"%s\"}"
                .formatted(TODAY)),
        409,
        "mc-service-recorded");
    JsonObject after = platform.get(base(a) + "/loans/" + loan).json();
    assertThat(after.getJsonArray("services")).hasSize(2);
    assertThat(after.getJsonArray("services").getJsonObject(0).getString("tutor"))
        .isEqualTo("Marta Neri");
    assertThat(platform.get(base(other) + "/loans").jsonStructure().asJsonArray()).isEmpty();
  }

  @Test
  void bolognaEnablesItInItsDescriptor(Platform platform) {
    assertThat(platform.get("/api/t/bologna/plugins/" + MC).json().getBoolean("enabled")).isTrue();
    assertThat(platform.get("/api/t/bologna/plugins/" + MC + "/products").status()).isEqualTo(200);
    assertThat(platform.get("/api/t/bergamo/plugins/" + MC + "/products").status()).isEqualTo(404);
  }

  private static JsonObject microcreditSection(Platform platform, String tenant) {
    return microcreditSection(platform, tenant, "");
  }

  private static JsonObject microcreditSection(Platform platform, String tenant, String period) {
    return platform
        .get("/api/t/" + tenant + "/reports/plugin-sections" + period)
        .jsonStructure()
        .asJsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("title").equals("Microcredit"))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal figure(JsonObject section, String name) {
    return section.getJsonArray("figures").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("name").equals(name))
        .map(f -> f.getJsonNumber("value").bigDecimalValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + name + " in " + section));
  }
}
