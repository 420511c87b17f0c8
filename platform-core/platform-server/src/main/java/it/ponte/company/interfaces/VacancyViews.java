package it.ponte.company.interfaces;

import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Company;
import it.ponte.company.domain.Vacancy;
import it.ponte.company.domain.VacancyDetails;
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

  VacancyPage list(Vacancy.Status status, int offset, int limit) {
    List<VacancyView> items =
        companies.allVacancies(status, offset, limit).stream().map(this::view).toList();
    return new VacancyPage(items, companies.countVacancies(status), offset, limit);
  }

  VacancyView close(long id) {
    return view(companies.closeVacancy(id));
  }
}
