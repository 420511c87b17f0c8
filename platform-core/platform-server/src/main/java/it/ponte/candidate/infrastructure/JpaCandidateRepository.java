package it.ponte.candidate.infrastructure;

import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Candidates through the entity manager of the request's tenant. */
@ApplicationScoped
public class JpaCandidateRepository implements CandidateRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Candidate> find(long id) {
    return Optional.ofNullable(em().find(Candidate.class, id));
  }

  @Override
  public List<Candidate> list(CandidateStatus status, int offset, int limit) {
    var query =
        status == null
            ? em().createQuery("SELECT c FROM Candidate c ORDER BY c.id", Candidate.class)
            : em().createQuery(
                    "SELECT c FROM Candidate c WHERE c.status = :status ORDER BY c.id",
                    Candidate.class)
                .setParameter("status", status);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(CandidateStatus status) {
    return status == null
        ? em().createQuery("SELECT count(c) FROM Candidate c", Long.class).getSingleResult()
        : em().createQuery("SELECT count(c) FROM Candidate c WHERE c.status = :status", Long.class)
            .setParameter("status", status)
            .getSingleResult();
  }

  @Override
  public void flush() {
    em().flush();
  }

  @Override
  public void add(Candidate candidate) {
    em().persist(candidate);
    em().flush();
  }
}
