package it.ponte.company.domain;

import java.util.List;
import java.util.Optional;

/** Companies of the current tenant. */
public interface CompanyRepository {

  Optional<Company> find(long id);

  /** The name of each company among {@code ids}. */
  java.util.Map<Long, String> names(java.util.Collection<Long> ids);

  boolean existsWithVatNumber(String vatNumber);

  /** A page of companies ordered by id. */
  List<Company> list(int offset, int limit);

  long count();

  /** Stores a new company and assigns its id. */
  void add(Company company);

  Optional<Vacancy> findVacancy(long id);

  /** A company's vacancies, oldest first. */
  List<Vacancy> vacanciesOf(long companyId);

  long countVacanciesOf(long companyId);

  /** The number of vacancies of each of these companies (absent: none), in one query. */
  java.util.Map<Long, Long> countVacanciesOf(java.util.Collection<Long> companyIds);

  /** Vacancies newest first, optionally in one status. */
  List<Vacancy> vacancies(Vacancy.Status status, int offset, int limit);

  long countVacancies(Vacancy.Status status);

  /** Stores a new vacancy and assigns its id. */
  void add(Vacancy vacancy);
}
