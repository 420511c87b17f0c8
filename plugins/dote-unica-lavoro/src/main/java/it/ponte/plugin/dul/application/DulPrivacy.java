package it.ponte.plugin.dul.application;

import it.ponte.plugin.dul.infrastructure.DoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What Dote Unica Lavoro holds about a person, at their erasure. */
@ApplicationScoped
@Transactional
public class DulPrivacy {

  @Inject DoteRepository dotes;

  /** At a person's erasure (GDPR): their doti stay, without what described the person. */
  public void erase(long candidateId) {
    // Doti, plans, deliveries and claims are payment records the region audits and the reports
    // count: they stay, tied to the core's anonymised record. What described the person goes: the
    // profiling score's breakdown (age, education, time out of work...).
    dotes.forgetContributions(candidateId);
  }
}
