package it.ponte.company.infrastructure;

import it.ponte.company.domain.Company;
import it.ponte.company.domain.CompanyRepository;
import it.ponte.company.domain.Vacancy;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Companies through the entity manager of the request's tenant. */
@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Company> find(long id) {
    return Optional.ofNullable(em().find(Company.class, id));
  }

  @Override
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em().createQuery("SELECT c.id, c.name FROM Company c WHERE c.id IN :ids", Object[].class)
            .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids)))
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  @Override
  public boolean existsWithVatNumber(String vatNumber) {
    return !em().createQuery("SELECT c.id FROM Company c WHERE c.vatNumber = :vat", Long.class)
        .setParameter("vat", vatNumber)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Company> list(int offset, int limit) {
    return em().createQuery("SELECT c FROM Company c ORDER BY c.id", Company.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em().createQuery("SELECT count(c) FROM Company c", Long.class).getSingleResult();
  }

  @Override
  public void add(Company company) {
    em().persist(company);
    em().flush();
  }

  @Override
  public void add(Vacancy vacancy) {
    em().persist(vacancy);
    em().flush();
  }

  @Override
  public List<Vacancy> vacanciesOf(long companyId) {
    return em().createQuery(
            "SELECT v FROM Vacancy v WHERE v.companyId = :id ORDER BY v.id", Vacancy.class)
        .setParameter("id", companyId)
        .getResultList();
  }

  @Override
  public java.util.Map<Long, Long> countVacanciesOf(java.util.Collection<Long> companyIds) {
    java.util.Map<Long, Long> counts = new java.util.HashMap<>();
    if (companyIds.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em().createQuery(
                "SELECT v.companyId, count(v) FROM Vacancy v WHERE v.companyId IN :ids"
                    + " GROUP BY v.companyId",
                Object[].class)
            .setParameter("ids", List.copyOf(new java.util.HashSet<>(companyIds)))
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public long countVacanciesOf(long companyId) {
    return em().createQuery("SELECT count(v) FROM Vacancy v WHERE v.companyId = :id", Long.class)
        .setParameter("id", companyId)
        .getSingleResult();
  }

  @Override
  public Optional<Vacancy> findVacancy(long id) {
    return Optional.ofNullable(em().find(Vacancy.class, id));
  }

  @Override
  public List<Vacancy> vacancies(Vacancy.Status status, int offset, int limit) {
    var query =
        status == null
            ? em().createQuery("SELECT v FROM Vacancy v ORDER BY v.id DESC", Vacancy.class)
            : em().createQuery(
                    "SELECT v FROM Vacancy v WHERE v.status = :status ORDER BY v.id DESC",
                    Vacancy.class)
                .setParameter("status", status);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countVacancies(Vacancy.Status status) {
    return status == null
        ? em().createQuery("SELECT count(v) FROM Vacancy v", Long.class).getSingleResult()
        : em().createQuery("SELECT count(v) FROM Vacancy v WHERE v.status = :status", Long.class)
            .setParameter("status", status)
            .getSingleResult();
  }
}
