package it.ponte.plugin.mc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.api.plugin.ConfigSchema;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class McRulesTest {

  /**
   * The rules of a territory that left every setting at its default, bound as the platform does.
   */
  static final McRules RULES =
      JsonbBuilder.create()
          .fromJson(
              ConfigSchema.read(McRules.class.getClassLoader(), "mc/config.schema.json")
                  .defaults()
                  .toString(),
              McRules.class);

  /** DOMAIN.md: social up to 10,000 and 5 years; business 75,000 (SRL 100,000) from 12 Jan 2024. */
  @ParameterizedTest(name = "{0} EUR {1} over {2} months, SRL {3}, on {4}: {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "SOCIAL, 10000, 60, false, 2025-03-01, -",
        "SOCIAL, 10000.01, 60, false, 2025-03-01, exceeds the SOCIAL limit of EUR 10000.00",
        "SOCIAL, 8000, 61, false, 2025-03-01, 61 months exceed the limit of 60",
        "BUSINESS, 75000, 120, false, 2024-01-12, -",
        "BUSINESS, 75000, 84, false, 2024-01-11, exceeds the BUSINESS limit of EUR 40000.00",
        "BUSINESS, 100000, 120, true, 2024-01-12, -",
        "BUSINESS, 100000.01, 120, true, 2024-06-01, limit of EUR 100000.00 for an SRL",
        "BUSINESS, 50000, 84, true, 2023-06-01, -",
        "BUSINESS, 30000, 84, false, 2020-06-01, exceeds the BUSINESS limit of EUR 25000.00",
        "BUSINESS, 20000, 120, false, 2020-06-01, 120 months exceed the limit of 84",
        "BUSINESS, 20000, 60, false, 2010-06-01, no limit in force",
      })
  void loansAreCheckedAgainstTheLimitInForceOnTheirDate(
      String product, BigDecimal amount, int months, boolean srl, LocalDate on, String breach) {
    var reasons =
        RULES.limitBreaches(RULES.product(product).orElseThrow(), amount, months, 0, srl, on);
    if (breach == null) {
      assertThat(reasons).isEmpty();
    } else {
      assertThat(reasons).anySatisfy(r -> assertThat(r).contains(breach));
    }
  }

  @ParameterizedTest
  @CsvSource({"SOCIAL, 7, 12, months of grace exceed", "BUSINESS, 12, 12, shorter than the loan"})
  void graceIsLimited(String product, int grace, int months, String breach) {
    assertThat(
            RULES.limitBreaches(
                RULES.product(product).orElseThrow(),
                new BigDecimal("1000"),
                months,
                grace,
                false,
                LocalDate.of(2025, 1, 1)))
        .anySatisfy(r -> assertThat(r).contains(breach));
  }
}
