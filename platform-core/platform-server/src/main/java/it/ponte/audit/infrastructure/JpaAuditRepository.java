package it.ponte.audit.infrastructure;

import it.ponte.audit.domain.AuditEntry;
import it.ponte.audit.domain.AuditRepository;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The audit trail in the tenant's schema. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @Inject TenantPersistence persistence;

  @Override
  public void append(AuditEntry entry) {
    persistence.entityManager().persist(entry);
  }

  @Override
  public List<AuditEntry> of(String subjectType, long subjectId, int offset, int limit) {
    return persistence
        .entityManager()
        .createQuery(
            "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id"
                + " ORDER BY a.id",
            AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(String subjectType, long subjectId) {
    return persistence
        .entityManager()
        .createQuery(
            "SELECT count(a) FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id",
            Long.class)
        .setParameter("type", subjectType)
        .setParameter("id", subjectId)
        .getSingleResult();
  }
}
