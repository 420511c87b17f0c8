package it.ponte.plugin.ic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static final List<Scoring.Criterion> CRITERIA =
      List.of(
          new Scoring.Criterion("JOBS", "New jobs", new BigDecimal("40"), 10),
          new Scoring.Criterion("IMPACT", "Social impact", new BigDecimal("30"), 10),
          new Scoring.Criterion("SUSTAINABILITY", "Sustainability", new BigDecimal("20"), 5),
          new Scoring.Criterion("PARTNERSHIP", "Partnerships", new BigDecimal("10"), 5));

  @Test
  void aMembersTotalIsTheWeightedShareOfTheMaximum() {
    // 8/10*40 + 5/10*30 + 5/5*20 + 1/5*10 = 32 + 15 + 20 + 2 = 69 of 100.
    assertThat(
            Scoring.memberTotal(
                CRITERIA, Map.of("JOBS", 8, "IMPACT", 5, "SUSTAINABILITY", 5, "PARTNERSHIP", 1)))
        .isEqualByComparingTo("69.00");
    // 7/10*40 + 7/10*30 + 3/5*20 + 3/5*10 = 28 + 21 + 12 + 6 = 67.
    assertThat(
            Scoring.memberTotal(
                CRITERIA, Map.of("JOBS", 7, "IMPACT", 7, "SUSTAINABILITY", 3, "PARTNERSHIP", 3)))
        .isEqualByComparingTo("67.00");
    assertThat(
            Scoring.applicationScore(
                List.of(new BigDecimal("69"), new BigDecimal("67"), new BigDecimal("60"))))
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("65.33"));
    assertThat(Scoring.applicationScore(List.of())).isEmpty();
  }

  @Test
  void everyCriterionMustBeScoredWithinItsRange() {
    assertThat(
            Scoring.problems(
                CRITERIA, Map.of("JOBS", 11, "IMPACT", 5, "SUSTAINABILITY", 5, "OTHER", 1)))
        .containsExactlyInAnyOrder(
            "JOBS must be scored 0 to 10, not 11",
            "criterion PARTNERSHIP is not scored",
            "unknown criterion OTHER");
  }

  @Test
  void tiesShareARankAndFollowSubmissionOrder() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    List<Scoring.Ranked> ranking =
        Scoring.rank(
            List.of(
                new Scoring.Scored(1, new BigDecimal("61.50"), t.plusSeconds(30)),
                new Scoring.Scored(2, new BigDecimal("72.00"), t.plusSeconds(40)),
                new Scoring.Scored(3, new BigDecimal("61.50"), t.plusSeconds(10)),
                new Scoring.Scored(4, new BigDecimal("59.99"), t),
                new Scoring.Scored(5, new BigDecimal("60.00"), t.plusSeconds(50))),
            new BigDecimal("60"));
    assertThat(ranking)
        .extracting(Scoring.Ranked::applicationId)
        .containsExactly(2L, 3L, 1L, 5L, 4L);
    assertThat(ranking).extracting(Scoring.Ranked::rank).containsExactly(1, 2, 2, 4, 5);
    assertThat(ranking)
        .extracting(Scoring.Ranked::passes)
        .containsExactly(true, true, true, true, false);
  }
}
