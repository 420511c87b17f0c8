package it.ponte.plugin.dul.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What Dote Unica Lavoro holds about a person, at their erasure. */
@ApplicationScoped
@Transactional
public class DulPrivacy {

  @Inject DulRows rows;

  /** Removes a person's doti and everything hanging from them (GDPR erasure). */
  public void erase(long candidateId) {
    // Doti, plans, deliveries and claims are payment records the region audits and the reports
    // count: they stay, tied to the core's anonymised record. What described the person goes: the
    // profiling score's breakdown (age, education, time out of work...).
    rows.update("UPDATE dul_dote SET contributions = '' WHERE candidate_id = ?", candidateId);
  }
}
