package it.ponte.company.application;

import it.ponte.api.event.CompanyJoinedBoard;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.CompanyRepository;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.company.domain.VatNumber;
import it.ponte.events.application.DomainEvents;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.infrastructure.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Registers companies and their personnel requests in the request's tenant. */
@ApplicationScoped
@Transactional
public class CompanyService {

  @Inject CompanyRepository companies;

  @Inject CallerContext caller;

  @Inject DomainEvents events;

  private final Clock clock = Clock.systemUTC();

  /** Registers a company; its VAT number must be valid and not yet registered in this tenant. */
  public Company register(
      String name,
      String vatNumber,
      String atecoCode,
      LocalDate boardJoinedOn,
      Company.Size size,
      String address,
      String email,
      String phone,
      LocalDate boardLeftOn) {
    if (!VatNumber.isValid(vatNumber)) {
      throw ProblemException.validation(
          List.of(
              new FieldError(
                  "/vatNumber", "is not a valid partita IVA (11 digits with check digit)")));
    }
    if (companies.existsWithVatNumber(vatNumber)) {
      throw duplicate(vatNumber);
    }
    Company company =
        new Company(
            name.strip(),
            vatNumber,
            atecoCode,
            boardJoinedOn,
            OffsetDateTime.now(clock),
            caller.actor());
    try {
      company.describe(size, address, email, phone, boardLeftOn);
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(List.of(new FieldError("/boardLeftOn", e.getMessage())));
    }
    try {
      companies.add(company);
    } catch (PersistenceException e) {
      if (DatabaseFailures.isUniqueViolation(e)) {
        throw duplicate(vatNumber);
      }
      throw e;
    }
    if (boardJoinedOn != null) {
      events.publish(new CompanyJoinedBoard(company.id(), boardJoinedOn));
    }
    return company;
  }

  /** The name of each company among {@code ids}. */
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    return companies.names(ids);
  }

  public Company get(long id) {
    return companies.find(id).orElseThrow(() -> ProblemException.notFound("Company " + id));
  }

  public List<Company> list(int offset, int limit) {
    return companies.list(offset, limit);
  }

  public long count() {
    return companies.count();
  }

  /** Opens a personnel request for a company of this tenant. */
  public Vacancy openVacancy(long companyId, VacancyDetails details) {
    Company company = get(companyId);
    Vacancy vacancy = company.openVacancy(details, OffsetDateTime.now(clock), caller.actor());
    companies.add(vacancy);
    return vacancy;
  }

  public Vacancy vacancy(long id) {
    return companies.findVacancy(id).orElseThrow(() -> ProblemException.notFound("Vacancy " + id));
  }

  /** The tenant's vacancies, newest first, optionally in one status. */
  public List<Vacancy> allVacancies(Vacancy.Status status, int offset, int limit) {
    return companies.vacancies(status, offset, limit);
  }

  public long countVacancies(Vacancy.Status status) {
    return companies.countVacancies(status);
  }

  /** Closes a personnel request: no more candidates are proposed for it. */
  public Vacancy closeVacancy(long id) {
    Vacancy vacancy = vacancy(id);
    vacancy.close();
    return vacancy;
  }

  /** The personnel requests of a company, oldest first. */
  public List<Vacancy> vacancies(long companyId) {
    get(companyId);
    return companies.vacanciesOf(companyId);
  }

  /** How many personnel requests a company has opened. */
  /** The number of vacancies of each of these companies, in one query. */
  public java.util.Map<Long, Long> countVacanciesOf(java.util.Collection<Long> companyIds) {
    return companies.countVacanciesOf(companyIds);
  }

  public long countVacanciesOf(long companyId) {
    return companies.countVacanciesOf(companyId);
  }

  private static ProblemException duplicate(String vatNumber) {
    return ProblemException.conflict(
        "company-exists", "A company with partita IVA " + vatNumber + " is already registered.");
  }
}
