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
}
