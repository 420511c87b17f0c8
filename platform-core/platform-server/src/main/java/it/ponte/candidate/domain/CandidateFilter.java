package it.ponte.candidate.domain;

/**
 * What a candidate list is narrowed to; null fields do not filter.
 *
 * @param sector a sector of employability of the current assessment
 * @param text words to find in the first or last name, case-insensitive
 * @param waitingSince people still without a first interview who registered before this instant
 *     (the territory's target ago: those overdue)
 */
public record CandidateFilter(
    CandidateStatus status,
    String zone,
    Assessment.Sector sector,
    String text,
    java.time.OffsetDateTime waitingSince) {

  public static final CandidateFilter ALL = new CandidateFilter(null, null, null, null, null);

  public CandidateFilter(
      CandidateStatus status, String zone, Assessment.Sector sector, String text) {
    this(status, zone, sector, text, null);
  }
}
