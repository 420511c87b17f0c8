package it.ponte.matching.domain;

import java.util.List;

/**
 * A candidate's score for a vacancy, with its explanation.
 *
 * @param score 0-100: the weighted share of the soft criteria the candidate meets
 * @param explanation each criterion that counted, with its weight and the points earned
 * @param missing what the candidate lacks, in words an operator can act on
 */
public record Match(
    CandidateProfile candidate, int score, List<Scored> explanation, List<String> missing) {

  /**
   * One criterion's contribution.
   *
   * @param fraction 0-1: how far the candidate meets it
   * @param points weight x fraction, before scaling to 100
   */
  public record Scored(
      Criterion criterion, int weight, double fraction, double points, String detail) {}
}
