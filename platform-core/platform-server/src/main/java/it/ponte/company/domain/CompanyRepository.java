package it.ponte.company.domain;

import java.util.List;
import java.util.Optional;

/** Companies of the current tenant. */
public interface CompanyRepository {

  Optional<Company> find(long id);

  boolean existsWithVatNumber(String vatNumber);

  /** A page of companies ordered by id. */
  List<Company> list(int offset, int limit);

  long count();

  /** Stores a new company and assigns its id. */
  void add(Company company);

  /** Stores a new vacancy and assigns its id. */
  void add(Vacancy vacancy);
}
