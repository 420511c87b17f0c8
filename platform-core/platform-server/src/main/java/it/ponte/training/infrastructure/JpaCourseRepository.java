package it.ponte.training.infrastructure;

import it.ponte.tenancy.infrastructure.TenantPersistence;
import it.ponte.training.domain.Course;
import it.ponte.training.domain.CourseRates;
import it.ponte.training.domain.CourseRepository;
import it.ponte.training.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Courses through JPA; their rates in one SQL query. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

  /**
   * Participants are enrolments not withdrawn; their placements count from the course's first day,
   * every placement (renewals, extensions and transformations included).
   */
  private static final String RATES =
      "WITH participant AS ("
          + "  SELECT e.candidate_id FROM enrolment e"
          + "  WHERE e.course_id = ?1 AND e.status <> 'WITHDRAWN'),"
          + " later AS ("
          + "  SELECT p.candidate_id FROM placement p JOIN participant USING (candidate_id)"
          + "  WHERE p.start_date >= ?2)"
          + " SELECT (SELECT count(*) FROM participant), (SELECT count(*) FROM later),"
          + " (SELECT count(DISTINCT candidate_id) FROM later)";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Course> find(long id) {
    return Optional.ofNullable(em().find(Course.class, id));
  }

  @Override
  public List<Course> list(int offset, int limit) {
    return em().createQuery("SELECT c FROM Course c ORDER BY c.startsOn, c.id", Course.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em().createQuery("SELECT count(c) FROM Course c", Long.class).getSingleResult();
  }

  @Override
  public void add(Course course) {
    em().persist(course);
    em().flush();
  }

  @Override
  public Optional<Enrolment> enrolment(long courseId, long candidateId) {
    return em().createQuery(
            "SELECT e FROM Enrolment e WHERE e.courseId = :course AND e.candidateId = :candidate",
            Enrolment.class)
        .setParameter("course", courseId)
        .setParameter("candidate", candidateId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Enrolment> enrolments(long courseId) {
    return em().createQuery(
            "SELECT e FROM Enrolment e WHERE e.courseId = :course ORDER BY e.id", Enrolment.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  @Override
  public List<Enrolment> enrolmentsOf(long candidateId) {
    return em().createQuery(
            "SELECT e FROM Enrolment e WHERE e.candidateId = :id ORDER BY e.id", Enrolment.class)
        .setParameter("id", candidateId)
        .getResultList();
  }

  @Override
  public void add(Enrolment enrolment) {
    em().persist(enrolment);
    em().flush();
  }

  @Override
  public CourseRates rates(Course course) {
    Object[] row =
        (Object[])
            em().createNativeQuery(RATES)
                .setParameter(1, course.id())
                .setParameter(2, course.startsOn())
                .getSingleResult();
    return new CourseRates(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }
}
