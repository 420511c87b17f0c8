package it.ponte.candidate.domain;

/** What a candidate consents to under a privacy notice. */
public enum ConsentPurpose {
  /** Taking part in the programme: profiling, matching, placement. Required. */
  PROGRAMME,
  /** Processing of health data (art. 9 GDPR), e.g. for IPS pathways. */
  HEALTH_DATA,
  /** Sending the CV and profile to companies of the Board. */
  SHARING_WITH_COMPANIES
}
