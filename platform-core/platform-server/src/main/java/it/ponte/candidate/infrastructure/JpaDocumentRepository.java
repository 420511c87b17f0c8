package it.ponte.candidate.infrastructure;

import it.ponte.candidate.domain.Document;
import it.ponte.candidate.domain.DocumentRepository;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Documents in the tenant's schema. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Document> find(long candidateId, long id) {
    Document document = em().find(Document.class, id);
    return document == null || document.candidateId() != candidateId
        ? Optional.empty()
        : Optional.of(document);
  }

  @Override
  public List<Document> ofCandidate(long candidateId) {
    return em().createQuery(
            "SELECT d FROM Document d WHERE d.candidateId = :id ORDER BY d.id", Document.class)
        .setParameter("id", candidateId)
        .getResultList();
  }

  @Override
  public void add(Document document) {
    em().persist(document);
    em().flush();
  }

  @Override
  public void remove(Document document) {
    em().remove(document);
  }

  @Override
  public int removeAll(long candidateId) {
    return em().createQuery("DELETE FROM Document d WHERE d.candidateId = :id")
        .setParameter("id", candidateId)
        .executeUpdate();
  }
}
