package it.ponte.company.application;

import it.ponte.company.domain.Company;
import it.ponte.company.domain.CompanyRepository;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VatNumber;
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

  private final Clock clock = Clock.systemUTC();

  /** Registers a company; its VAT number must be valid and not yet registered in this tenant. */
  public Company register(
      String name, String vatNumber, String atecoCode, LocalDate boardJoinedOn) {
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
      companies.add(company);
    } catch (PersistenceException e) {
      if (DatabaseFailures.isUniqueViolation(e)) {
        throw duplicate(vatNumber);
      }
      throw e;
    }
    return company;
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
  public Vacancy openVacancy(long companyId, String profession, int positions) {
    Company company = get(companyId);
    Vacancy vacancy =
        company.openVacancy(profession, positions, OffsetDateTime.now(clock), caller.actor());
    companies.add(vacancy);
    return vacancy;
  }

  /** The personnel requests of a company, oldest first. */
  public List<Vacancy> vacancies(long companyId) {
    return List.copyOf(get(companyId).vacancies());
  }

  private static ProblemException duplicate(String vatNumber) {
    return ProblemException.conflict(
        "company-exists", "A company with partita IVA " + vatNumber + " is already registered.");
  }
}
