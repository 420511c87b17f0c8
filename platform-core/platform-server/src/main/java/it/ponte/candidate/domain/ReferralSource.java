package it.ponte.candidate.domain;

/** Who sent a person to the programme (the invio), as the programmes count their registrations. */
public enum ReferralSource {
  /** Servizi sociali. */
  SOCIAL_SERVICES,
  /** Centro per l'impiego. */
  JOB_CENTRE,
  /** One of the partner organisations named in the territory's descriptor. */
  PARTNER,
  /** The person registered on the public form. */
  SELF_REGISTRATION,
  OTHER
}
