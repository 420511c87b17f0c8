package it.ponte.training.domain;

import java.util.List;
import java.util.Optional;

/** Courses and enrolments of the request's tenant. */
public interface CourseRepository {

  Optional<Course> find(long id);

  /** Courses by start date then id. */
  List<Course> list(int offset, int limit);

  long count();

  void add(Course course);

  Optional<Enrolment> enrolment(long courseId, long candidateId);

  List<Enrolment> enrolments(long courseId);

  void add(Enrolment enrolment);

  List<Enrolment> enrolmentsOf(long candidateId);

  /** The course's participants and the placements that followed, counted in SQL. */
  CourseRates rates(Course course);
}
