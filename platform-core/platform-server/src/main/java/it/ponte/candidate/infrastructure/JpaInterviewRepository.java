package it.ponte.candidate.infrastructure;

import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.InterviewRepository;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Interviews through the entity manager of the request's tenant. */
@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Interview> find(long candidateId, long interviewId) {
    return Optional.ofNullable(em().find(Interview.class, interviewId))
        .filter(i -> i.candidateId() == candidateId);
  }

  @Override
  public List<Interview> ofCandidate(long candidateId) {
    return em().createQuery(
            "SELECT i FROM Interview i WHERE i.candidateId = :candidate ORDER BY i.scheduledAt, i.id",
            Interview.class)
        .setParameter("candidate", candidateId)
        .getResultList();
  }

  @Override
  public List<Interview> scheduledBetween(
      java.time.OffsetDateTime from, java.time.OffsetDateTime to, int limit) {
    return em().createQuery(
            "SELECT i FROM Interview i WHERE i.scheduledAt >= :from AND i.scheduledAt < :to"
                + " ORDER BY i.scheduledAt, i.id",
            Interview.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Interview interview) {
    em().persist(interview);
    em().flush();
  }
}
