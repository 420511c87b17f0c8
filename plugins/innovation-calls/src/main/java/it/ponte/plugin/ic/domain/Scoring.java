package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The committee's arithmetic. Each member scores every criterion from 0 to its maximum; a member's
 * total is the weighted mean of the scores as shares of their maximum, on a 0-100 scale; the
 * application's score is the mean of its members' totals (two decimals, half up). Ranking is by
 * score, ties share a rank ("1, 2, 2, 4") and are listed by submission time.
 */
public final class Scoring {

  private Scoring() {}

  /** A weighted evaluation criterion. */
  public record Criterion(String code, String name, BigDecimal weight, int maxScore) {}

  /** An application with its score, to rank. */
  public record Scored(long applicationId, BigDecimal score, Instant submittedAt) {}

  /** A place in the ranking. */
  public record Ranked(long applicationId, BigDecimal score, int rank, boolean passes) {}

  /**
   * Why a member's scores cannot be recorded: a criterion missing or unknown, a score out of range.
   */
  public static List<String> problems(List<Criterion> criteria, Map<String, Integer> scores) {
    List<String> problems = new ArrayList<>();
    for (Criterion c : criteria) {
      Integer s = scores.get(c.code());
      if (s == null) {
        problems.add("criterion " + c.code() + " is not scored");
      } else if (s < 0 || s > c.maxScore()) {
        problems.add(c.code() + " must be scored 0 to " + c.maxScore() + ", not " + s);
      }
    }
    for (String code : scores.keySet()) {
      if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
        problems.add("unknown criterion " + code);
      }
    }
    return problems;
  }

  /** A member's total on 0-100 (scores already checked). */
  public static BigDecimal memberTotal(List<Criterion> criteria, Map<String, Integer> scores) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      BigDecimal share =
          BigDecimal.valueOf(scores.get(c.code()))
              .divide(BigDecimal.valueOf(c.maxScore()), 10, RoundingMode.HALF_UP);
      weighted = weighted.add(share.multiply(c.weight()));
      weights = weights.add(c.weight());
    }
    return weighted.multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP);
  }

  /** The mean of the members' totals; empty when no member scored. */
  public static Optional<BigDecimal> applicationScore(List<BigDecimal> memberTotals) {
    if (memberTotals.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = memberTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(
        sum.divide(BigDecimal.valueOf(memberTotals.size()), 2, RoundingMode.HALF_UP));
  }

  /** The ranking; an application passes when its score reaches the pass mark. */
  public static List<Ranked> rank(List<Scored> scored, BigDecimal passMark) {
    List<Scored> sorted = new ArrayList<>(scored);
    sorted.sort(
        Comparator.comparing(Scored::score)
            .reversed()
            .thenComparing(Scored::submittedAt)
            .thenComparing(Scored::applicationId));
    List<Ranked> ranking = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Scored s = sorted.get(i);
      int rank =
          i > 0 && sorted.get(i - 1).score().compareTo(s.score()) == 0
              ? ranking.get(i - 1).rank()
              : i + 1;
      ranking.add(
          new Ranked(s.applicationId(), s.score(), rank, s.score().compareTo(passMark) >= 0));
    }
    return List.copyOf(ranking);
  }
}
