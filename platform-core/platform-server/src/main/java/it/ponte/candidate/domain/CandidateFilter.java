package it.ponte.candidate.domain;

/**
 * What a candidate list is narrowed to; null fields do not filter.
 *
 * @param sector a sector of employability of the current assessment
 * @param text words to find in the first or last name, case-insensitive
 */
public record CandidateFilter(
    CandidateStatus status, String zone, Assessment.Sector sector, String text) {

  public static final CandidateFilter ALL = new CandidateFilter(null, null, null, null);
}
