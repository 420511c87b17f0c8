package it.ponte.plugin.ic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallRulesTest {

  /** DOMAIN.md's defaults: 6,000 investment + 2,000 consultancy, or 8,000 for welfare projects. */
  private static final CallRules RULES =
      new CallRules(
          Set.of("THIRD_SECTOR", "SOCIAL_COOPERATIVE"),
          true,
          new BigDecimal("6000"),
          new BigDecimal("2000"),
          new BigDecimal("8000"),
          new BigDecimal("60"),
          2);

  @Test
  void eligibilityGivesEveryReason() {
    assertThat(
            RULES.ineligibility(
                "THIRD_SECTOR", true, new BigDecimal("6000"), new BigDecimal("2000"), false))
        .isEmpty();
    assertThat(
            RULES.ineligibility(
                "COMPANY", false, new BigDecimal("6000.01"), new BigDecimal("2500"), false))
        .hasSize(4)
        .anySatisfy(r -> assertThat(r).contains("applicant type COMPANY"))
        .anySatisfy(r -> assertThat(r).contains("seat"))
        .anySatisfy(r -> assertThat(r).contains("investment above the cap of EUR 6000"))
        .anySatisfy(r -> assertThat(r).contains("consultancy above the cap of EUR 2000"));
    assertThat(
            RULES.ineligibility(
                "THIRD_SECTOR", true, new BigDecimal("7000"), new BigDecimal("1000"), true))
        .isEmpty();
    assertThat(
            RULES.ineligibility(
                "THIRD_SECTOR", true, new BigDecimal("7000"), new BigDecimal("1001"), true))
        .singleElement()
        .asString()
        .contains("welfare");
  }

  @Test
  void fundingStaysWithinRequestCapAndBudget() {
    assertThat(
            RULES.fundingBreaches(
                new BigDecimal("8000"), new BigDecimal("8000"), false, new BigDecimal("8000")))
        .isEmpty();
    assertThat(
            RULES.fundingBreaches(
                new BigDecimal("8000.01"), new BigDecimal("8000"), false, new BigDecimal("5000")))
        .hasSize(3);
  }

  @Test
  void theLifecycleRefusesIllegalMoves() {
    assertThat(Status.SUBMITTED.canMoveTo(Status.ACCOMPANIMENT)).isTrue();
    assertThat(Status.SUBMITTED.canMoveTo(Status.SELECTED)).isFalse();
    assertThat(Status.ACCOMPANIMENT.canMoveTo(Status.WITHDRAWN)).isTrue();
    assertThat(Status.EVALUATION.canMoveTo(Status.STAND_BY)).isTrue();
    assertThat(Status.STAND_BY.canMoveTo(Status.SELECTED)).isTrue();
    assertThat(Status.REJECTED.next()).isEmpty();
    assertThat(Status.FUNDED.canMoveTo(Status.WITHDRAWN)).isFalse();
  }
}
