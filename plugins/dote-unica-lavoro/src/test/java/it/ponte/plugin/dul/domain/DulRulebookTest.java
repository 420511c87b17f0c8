package it.ponte.plugin.dul.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.api.plugin.ConfigSchema;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DulRulebookTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  /**
   * The rules of a territory that left every setting at its default, bound as the platform does.
   */
  private static final DulRulebook RULES =
      new DulRulebook(
          JsonbBuilder.create()
              .fromJson(
                  ConfigSchema.read(DulRules.class.getClassLoader(), "dul/config.schema.json")
                      .defaults()
                      .toString(),
                  DulRules.class));

  private static Person person(
      int age, String gender, String education, String status, Integer monthsSinceDid) {
    return new Person(
        DAY.minusYears(age).minusDays(10),
        gender,
        education,
        status,
        monthsSinceDid == null ? null : DAY.minusMonths(monthsSinceDid).minusDays(3),
        true,
        true,
        null);
  }

  static Stream<Arguments> eligibility() {
    Person ok = person(40, "MALE", "DIPLOMA", "UNEMPLOYED", 3);
    return Stream.of(
        Arguments.of("eligible", ok, List.of()),
        Arguments.of("too young", person(29, "MALE", null, "UNEMPLOYED", 3), List.of("under 30")),
        Arguments.of("too old", person(66, "MALE", null, "UNEMPLOYED", 3), List.of("over 65")),
        Arguments.of("no DID", person(40, "MALE", null, "UNEMPLOYED", null), List.of("no DID")),
        Arguments.of(
            "suspended workers need no DID",
            person(40, "MALE", null, "SHORT_TIME_WORK", null),
            List.of()),
        Arguments.of(
            "status not allowed",
            person(40, "MALE", null, "UNDEREMPLOYED", 3),
            List.of("UNDEREMPLOYED is not one of")),
        Arguments.of(
            "not in Lombardia, no Patto",
            new Person(
                ok.birthDate(), "MALE", null, "UNEMPLOYED", ok.didDate(), false, false, null),
            List.of("not resident", "Patto di servizio not signed")),
        Arguments.of(
            "NASpI for more than four months",
            new Person(
                ok.birthDate(),
                "MALE",
                null,
                "NASPI",
                ok.didDate(),
                true,
                true,
                DAY.minusMonths(5)),
            List.of("NASpI received for more than 4 months")),
        Arguments.of(
            "NASpI within four months",
            new Person(
                ok.birthDate(),
                "MALE",
                null,
                "NASPI",
                ok.didDate(),
                true,
                true,
                DAY.minusMonths(3)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void eligibility(String name, Person p, List<String> expected) {
    List<String> reasons = RULES.ineligibility(p, DAY);
    assertThat(reasons).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(reasons.get(i)).contains(expected.get(i));
    }
  }

  static Stream<Arguments> profiling() {
    return Stream.of(
        Arguments.of(person(35, "MALE", "DEGREE", "UNEMPLOYED", 2), 0, 1),
        Arguments.of(person(45, "FEMALE", "UPPER_SECONDARY", "UNEMPLOYED", 8), 4, 2),
        Arguments.of(person(52, "MALE", "LOWER_SECONDARY", "UNEMPLOYED", 13), 6, 3),
        Arguments.of(person(56, "FEMALE", "LOWER_SECONDARY", "UNEMPLOYED", 25), 9, 4),
        Arguments.of(person(56, "FEMALE", "LOWER_SECONDARY", "SHORT_TIME_WORK", null), 6, 5));
  }

  @ParameterizedTest
  @MethodSource
  void profiling(Person p, int score, int fascia) {
    DulRulebook.Profile profile = RULES.profile(p, DAY);
    assertThat(profile.score()).isEqualTo(score);
    assertThat(profile.fascia().fascia()).isEqualTo(fascia);
    assertThat(profile.contributions())
        .extracting(DulRulebook.Contribution::variable)
        .containsExactly("gender", "age", "education", "monthsUnemployed");
    assertThat(profile.contributions().stream().mapToInt(DulRulebook.Contribution::points).sum())
        .isEqualTo(score);
  }

  @Test
  void aPlanStaysWithinTheFasciaMaximumAndTheOperatorsBudget() {
    DulRules.Fascia fascia2 =
        RULES.profile(person(45, "FEMALE", "UPPER_SECONDARY", "UNEMPLOYED", 8), DAY).fascia();
    List<DulRulebook.PlanLine> plan =
        List.of(
            new DulRulebook.PlanLine("ACC-01", new BigDecimal("2")),
            new DulRulebook.PlanLine("ORI-01", new BigDecimal("10")),
            new DulRulebook.PlanLine("FOR-01", new BigDecimal("80")));
    DulRulebook.PlanCheck ok =
        RULES.checkPlan(plan, fascia2, new BigDecimal("10000"), new BigDecimal("10000"));
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.total()).isEqualByComparingTo("1620");

    List<DulRulebook.PlanLine> big =
        List.of(new DulRulebook.PlanLine("FOR-01", new BigDecimal("200")));
    assertThat(
            RULES
                .checkPlan(big, fascia2, new BigDecimal("10000"), new BigDecimal("10000"))
                .problems())
        .singleElement()
        .asString()
        .contains("more than the EUR 2500.00 of fascia 2");
    assertThat(
            RULES
                .checkPlan(plan, fascia2, new BigDecimal("1000"), new BigDecimal("5000"))
                .problems())
        .as("1620 > 1000 available + 500 overbooking")
        .singleElement()
        .asString()
        .contains("available budget");
    assertThat(
            RULES
                .checkPlan(plan, fascia2, new BigDecimal("1200"), new BigDecimal("5000"))
                .problems())
        .as("1620 <= 1200 available + 500 overbooking")
        .isEmpty();
    assertThat(
            RULES
                .checkPlan(
                    List.of(new DulRulebook.PlanLine("XYZ", BigDecimal.ONE)),
                    fascia2,
                    BigDecimal.TEN,
                    BigDecimal.TEN)
                .problems())
        .singleElement()
        .asString()
        .contains("not in the catalogue");
  }

  @Test
  void aResultPaymentNeedsAQualifyingContractOfAtLeast180Days() {
    LocalDate start = LocalDate.of(2026, 3, 1);
    assertThat(RULES.resultPayment(3, "FIXED_TERM", start, start.plusDays(178)).amount()).isEmpty();
    assertThat(RULES.resultPayment(3, "FIXED_TERM", start, start.plusDays(179)).amount())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1750"));
    assertThat(RULES.resultPayment(4, "PERMANENT", start, null).amount())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5000"));
    assertThat(RULES.resultPayment(1, "ON_CALL", start, null).reason()).contains("does not earn");
    assertThat(RULES.resultPayment(1, null, start, null).amount()).isEmpty();
    // A fixed-term contract with no end date cannot show its 180 days, as for the employer
    // incentive.
    assertThat(RULES.resultPayment(3, "FIXED_TERM", start, null).amount()).isEmpty();
    assertThat(RULES.resultPayment(3, "FIXED_TERM", start, null).reason())
        .contains("without an end date");
  }

  /** DOMAIN.md: 5,000 men <=54, 7,000 women <=54 and men 55+, 9,000 women 55+, +1,000 under 50. */
  @ParameterizedTest(name = "{0} {1}, {2} ending after {3} months, {4} h, {5}: {6}")
  @CsvSource(
      nullValues = "-",
      value = {
        "FEMALE, 56, PERMANENT, -, 38, SMALL, 10000, employer under 50",
        "FEMALE, 54, PERMANENT, -, 38, LARGE, 7000, woman aged 54",
        "MALE, 40, PERMANENT, -, 38, MEDIUM, 5000, man aged 40",
        "MALE, 55, APPRENTICESHIP, -, 20, MICRO, 8000, employer under 50",
        "MALE, 40, PERMANENT, -, 38, -, 5000, company size unknown",
        "MALE, 40, FIXED_TERM, 12, 38, LARGE, 5000, FIXED_TERM",
        "MALE, 40, FIXED_TERM, 6, 38, LARGE, -, at least 12 months",
        "MALE, 40, PERMANENT, -, 19, LARGE, -, fewer than the 20",
        "MALE, 40, PERMANENT, -, -, LARGE, -, hours per week not recorded",
        "FEMALE, 40, ON_CALL, -, 38, LARGE, -, does not earn the employer incentive",
      })
  void theEmployerIncentiveFollowsGenderAgeContractHoursAndEmployerSize(
      String gender,
      int age,
      String contract,
      Integer months,
      Double hours,
      String size,
      String expected,
      String reason) {
    LocalDate hired = LocalDate.of(2026, 3, 1);
    Person p = person(age, gender, null, "UNEMPLOYED", 10);
    // person() makes the age hold today; move the birth date so it holds on the hiring date.
    Person atHiring =
        new Person(
            hired.minusYears(age).minusDays(10),
            p.gender(),
            p.education(),
            p.employmentStatus(),
            p.didDate(),
            p.residentInLombardy(),
            p.serviceAgreementSigned(),
            p.naspiSince());
    DulRulebook.Claim incentive =
        RULES.employerIncentive(
            atHiring,
            hired,
            contract,
            months == null ? null : hired.plusMonths(months).minusDays(1),
            hours,
            size);
    if (expected == null) {
      assertThat(incentive.amount()).isEmpty();
    } else {
      assertThat(incentive.amount())
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }
    assertThat(incentive.reason()).contains(reason);
  }
}
