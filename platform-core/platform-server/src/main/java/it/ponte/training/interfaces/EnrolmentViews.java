package it.ponte.training.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.training.application.CourseService;
import it.ponte.training.domain.Enrolment;
import it.ponte.training.interfaces.CourseResource.EnrolmentView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Enrolments as the API shows them: with their course's title and their person's name. */
@RequestScoped
public class EnrolmentViews {

  @Inject CourseService courses;

  @Inject CandidateService candidates;

  public List<EnrolmentView> of(List<Enrolment> enrolments) {
    if (enrolments.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names =
        candidates.names(enrolments.stream().map(Enrolment::candidateId).toList());
    Map<Long, String> titles = new HashMap<>();
    for (Enrolment e : enrolments) {
      titles.computeIfAbsent(e.courseId(), id -> courses.get(id).title());
    }
    return enrolments.stream()
        .map(e -> EnrolmentView.of(e, titles.get(e.courseId()), names.get(e.candidateId())))
        .toList();
  }
}
