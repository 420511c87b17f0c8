package it.ponte.company.interfaces;

import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.company.interfaces.CompanyDtos.CompanyPage;
import it.ponte.company.interfaces.CompanyDtos.CompanyView;
import it.ponte.company.interfaces.CompanyDtos.VacancyPage;
import it.ponte.company.interfaces.CompanyDtos.VacancyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Vacancy use cases answered as views built inside the tenant transaction, where the company a
 * vacancy belongs to can still be loaded.
 */
@ApplicationScoped
@Transactional
public class VacancyViews {

  @Inject CompanyService companies;

  VacancyView open(long companyId, VacancyDetails details) {
    return view(companies.openVacancy(companyId, details));
  }

  VacancyView get(long id) {
    return view(companies.vacancy(id));
  }

  VacancyView view(Vacancy v) {
    return VacancyView.of(v, companies.get(v.companyId()).name());
  }

  List<VacancyView> ofCompany(long companyId) {
    String name = companies.get(companyId).name();
    return companies.vacancies(companyId).stream().map(v -> VacancyView.of(v, name)).toList();
  }

  CompanyView company(Company c) {
    return CompanyView.of(c, companies.countVacanciesOf(c.id()));
  }

  /** A page of companies with their vacancy counts, in a fixed number of queries. */
  CompanyPage companies(int offset, int limit) {
    List<Company> page = companies.list(offset, limit);
    java.util.Map<Long, Long> counts =
        companies.countVacanciesOf(page.stream().map(Company::id).toList());
    List<CompanyView> items =
        page.stream().map(c -> CompanyView.of(c, counts.getOrDefault(c.id(), 0L))).toList();
    return new CompanyPage(items, companies.count(), offset, limit);
  }

  /** A page of vacancies with their companies' names, in a fixed number of queries. */
  VacancyPage list(Vacancy.Status status, int offset, int limit) {
    List<Vacancy> page = companies.allVacancies(status, offset, limit);
    java.util.Map<Long, String> names =
        companies.names(page.stream().map(Vacancy::companyId).toList());
    List<VacancyView> items =
        page.stream().map(v -> VacancyView.of(v, names.get(v.companyId()))).toList();
    return new VacancyPage(items, companies.countVacancies(status), offset, limit);
  }

  VacancyView close(long id) {
    return view(companies.closeVacancy(id));
  }
}
