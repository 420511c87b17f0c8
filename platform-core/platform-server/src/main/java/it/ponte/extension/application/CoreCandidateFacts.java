package it.ponte.extension.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.company.domain.CompanyRepository;
import it.ponte.placement.domain.PlacementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Read-only facts of the core model for plugins, in the request's tenant. */
@ApplicationScoped
@Transactional
public class CoreCandidateFacts implements CandidateFacts {

  @Inject CandidateRepository candidates;

  @Inject PlacementRepository placements;

  @Inject CompanyRepository companies;

  @Override
  public Optional<Candidate> candidate(long id) {
    return candidates
        .find(id)
        .filter(c -> !c.erased())
        .map(
            c -> {
              PersonalData d = c.personalData();
              return new Candidate(
                  c.id(),
                  d.birthDate(),
                  d.gender().name(),
                  d.citizenship(),
                  d.zone(),
                  d.education() == null ? null : d.education().name(),
                  d.employmentStatus() == null ? null : d.employmentStatus().name(),
                  d.didDate(),
                  c.status().name());
            });
  }

  @Override
  public List<Placement> placements(long candidateId) {
    return placements.list(candidateId, null, 0, 1_000).stream()
        .map(
            p ->
                new Placement(
                    p.id(),
                    p.candidateId(),
                    p.companyId(),
                    p.type().name(),
                    p.contract() == null ? null : p.contract().name(),
                    p.startDate(),
                    p.endDate(),
                    p.hoursPerWeek() == null ? null : p.hoursPerWeek().doubleValue()))
        .toList();
  }

  @Override
  public Optional<Company> company(long id) {
    return companies
        .find(id)
        .map(
            c ->
                new Company(
                    c.id(),
                    c.name(),
                    c.vatNumber(),
                    c.size() == null ? null : c.size().name(),
                    c.atecoCode()));
  }
}
