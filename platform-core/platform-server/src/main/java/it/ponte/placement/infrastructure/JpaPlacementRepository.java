package it.ponte.placement.infrastructure;

import it.ponte.placement.domain.Placement;
import it.ponte.placement.domain.PlacementRepository;
import it.ponte.placement.domain.PlacementType;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Placements through the entity manager of the request's tenant. */
@ApplicationScoped
public class JpaPlacementRepository implements PlacementRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Placement> find(long id) {
    return Optional.ofNullable(em().find(Placement.class, id));
  }

  @Override
  public List<Placement> list(Long candidateId, PlacementType type, int offset, int limit) {
    return query(
            "SELECT p FROM Placement p",
            candidateId,
            type,
            " ORDER BY p.startDate, p.id",
            Placement.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(Long candidateId, PlacementType type) {
    return query("SELECT count(p) FROM Placement p", candidateId, type, "", Long.class)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, Long candidateId, PlacementType type, String order, Class<T> result) {
    List<String> where = new ArrayList<>();
    if (candidateId != null) {
      where.add("p.candidateId = :candidate");
    }
    if (type != null) {
      where.add("p.type = :type");
    }
    String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
    TypedQuery<T> query = em().createQuery(jpql, result);
    if (candidateId != null) {
      query.setParameter("candidate", candidateId);
    }
    if (type != null) {
      query.setParameter("type", type);
    }
    return query;
  }

  @Override
  public void add(Placement placement) {
    em().persist(placement);
    em().flush();
  }
}
