package it.ponte.training.application;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.training.domain.Course;
import it.ponte.training.domain.CourseCategory;
import it.ponte.training.domain.CourseRates;
import it.ponte.training.domain.CourseRepository;
import it.ponte.training.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Courses, enrolments and their rates, in the request's tenant. */
@ApplicationScoped
@Transactional
public class CourseService {

  @Inject CourseRepository courses;

  @Inject CandidateService candidates;

  @Inject CallerContext caller;

  public Course create(
      String title,
      CourseCategory category,
      String provider,
      Course.Mode mode,
      LocalDate startsOn,
      LocalDate endsOn) {
    if (endsOn.isBefore(startsOn)) {
      throw ProblemException.validation(
          List.of(new FieldError("/endsOn", "is before the start date")));
    }
    Course course =
        new Course(
            title,
            category,
            provider,
            mode,
            startsOn,
            endsOn,
            OffsetDateTime.now(),
            caller.actor());
    courses.add(course);
    return course;
  }

  public Course get(long id) {
    return courses.find(id).orElseThrow(() -> ProblemException.notFound("Course " + id));
  }

  public List<Course> list(int offset, int limit) {
    return courses.list(offset, limit);
  }

  /** A course with its rates. */
  public record Rated(Course course, CourseRates rates) {}

  /** A page of courses with their rates, read in one transaction. */
  public List<Rated> listWithRates(int offset, int limit) {
    return courses.list(offset, limit).stream().map(c -> new Rated(c, courses.rates(c))).toList();
  }

  public long count() {
    return courses.count();
  }

  /** Enrols a candidate of this tenant; enrolling twice answers 409. */
  public Enrolment enrol(long courseId, long candidateId) {
    get(courseId);
    Candidate candidate = candidates.get(candidateId);
    if (candidate.erased()) {
      throw ProblemException.notFound("Candidate " + candidateId);
    }
    if (courses.enrolment(courseId, candidateId).isPresent()) {
      throw ProblemException.conflict(
          "already-enrolled",
          "Candidate " + candidateId + " is already enrolled in course " + courseId + ".");
    }
    Enrolment enrolment = new Enrolment(courseId, candidateId, OffsetDateTime.now());
    courses.add(enrolment);
    return enrolment;
  }

  /** Ends an enrolment as COMPLETED (on a day) or WITHDRAWN. */
  public Enrolment end(long courseId, long candidateId, Enrolment.Status outcome, LocalDate on) {
    get(courseId);
    Enrolment enrolment =
        courses
            .enrolment(courseId, candidateId)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Enrolment of candidate " + candidateId + " in course " + courseId));
    try {
      enrolment.end(outcome, on);
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("enrolment-ended", e.getMessage() + ".");
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(List.of(new FieldError("/status", e.getMessage())));
    }
    return enrolment;
  }

  public List<Enrolment> enrolments(long courseId) {
    get(courseId);
    return courses.enrolments(courseId);
  }

  /** A candidate's enrolments, oldest first. */
  public List<Enrolment> enrolmentsOf(long candidateId) {
    candidates.get(candidateId);
    return courses.enrolmentsOf(candidateId);
  }

  public CourseRates rates(long courseId) {
    return courses.rates(get(courseId));
  }
}
