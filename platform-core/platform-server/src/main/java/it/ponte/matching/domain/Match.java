package it.ponte.matching.domain;

import java.util.List;

/**
 * A candidate's score for a vacancy, with its explanation.
 *
 * @param score 0-100: the weighted share of the soft criteria the candidate meets
 * @param explanation each criterion that counted, with its weight and the points earned
 * @param lacks what the candidate lacks, criterion by criterion
 */
public record Match(
    CandidateProfile candidate, int score, List<Scored> explanation, List<Lack> lacks) {

  /** What the candidate lacks, in words an operator can act on (English). */
  public List<String> missing() {
    return lacks.stream().map(Lack::text).toList();
  }

  /**
   * Something the candidate lacks for the vacancy: the criterion, what the vacancy wants (a
   * licence, a level, a zone, a sector, a shift; null when the criterion says it all) and what the
   * candidate has (null when unknown or not applicable). Clients word it in their own language.
   */
  public record Lack(Criterion criterion, String wanted, String has) {

    /** The English sentence. */
    public String text() {
      return switch (criterion) {
        case LICENCES -> "licence " + wanted;
        case ITALIAN_LEVEL ->
            "Italian " + wanted + " (has " + (has == null ? "not assessed" : has) + ")";
        case EDUCATION -> "education " + wanted + " (has " + (has == null ? "unknown" : has) + ")";
        case CAR -> "a car";
        case ZONE ->
            "mobility to "
                + wanted
                + " (lives in "
                + (has == null ? "an unknown zone" : has)
                + ", no car)";
        case SECTOR -> "employability in " + wanted;
        case READINESS -> "readiness (" + (has == null ? "not assessed" : has) + ")";
        case SCHEDULES -> "availability for " + wanted + " shifts";
      };
    }
  }

  /**
   * One criterion's contribution.
   *
   * @param fraction 0-1: how far the candidate meets it
   * @param points weight x fraction, before scaling to 100
   */
  public record Scored(
      Criterion criterion, int weight, double fraction, double points, String detail) {}
}
