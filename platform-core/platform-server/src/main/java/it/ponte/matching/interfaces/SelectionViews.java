package it.ponte.matching.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Vacancy;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.interfaces.MatchingDtos.SelectionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selections as the API shows them: with the person's name, the vacancy's title and the company's
 * name, so a selection board or a person's record needs no further call per row.
 */
@RequestScoped
public class SelectionViews {

  @Inject CandidateService candidates;

  @Inject CompanyService companies;

  public SelectionView of(Selection selection) {
    return of(List.of(selection)).get(0);
  }

  public List<SelectionView> of(List<Selection> selections) {
    if (selections.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        candidates.names(selections.stream().map(Selection::candidateId).toList());
    Map<Long, Vacancy> vacancies = new HashMap<>();
    for (Selection s : selections) {
      vacancies.computeIfAbsent(s.vacancyId(), companies::vacancy);
    }
    Map<Long, String> companyNames =
        companies.names(vacancies.values().stream().map(Vacancy::companyId).toList());
    return selections.stream()
        .map(
            s -> {
              Vacancy v = vacancies.get(s.vacancyId());
              String title =
                  v.details().title() != null ? v.details().title() : v.details().profession();
              return SelectionView.of(
                  s, names.get(s.candidateId()), title, companyNames.get(v.companyId()));
            })
        .toList();
  }
}
