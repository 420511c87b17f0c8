package it.ponte.matching.infrastructure;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.domain.SelectionRepository;
import it.ponte.platform.domain.Codes;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Selections through JPA; matching's candidate pre-filter as one native query. */
@ApplicationScoped
public class JpaSelectionRepository implements SelectionRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Selection> find(long id) {
    return Optional.ofNullable(em().find(Selection.class, id));
  }

  @Override
  public List<Selection> ofVacancy(long vacancyId) {
    return em().createQuery(
            "SELECT s FROM Selection s WHERE s.vacancyId = :id ORDER BY s.id", Selection.class)
        .setParameter("id", vacancyId)
        .getResultList();
  }

  @Override
  public List<Selection> ofCandidate(long candidateId) {
    return em().createQuery(
            "SELECT s FROM Selection s WHERE s.candidateId = :id ORDER BY s.id", Selection.class)
        .setParameter("id", candidateId)
        .getResultList();
  }

  @Override
  public boolean exists(long vacancyId, long candidateId) {
    return !em().createQuery(
            "SELECT s.id FROM Selection s WHERE s.vacancyId = :v AND s.candidateId = :c",
            Long.class)
        .setParameter("v", vacancyId)
        .setParameter("c", candidateId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long countHired(long vacancyId) {
    return em().createQuery(
            "SELECT count(s) FROM Selection s WHERE s.vacancyId = :id"
                + " AND s.stage = it.ponte.matching.domain.SelectionStage.HIRED",
            Long.class)
        .setParameter("id", vacancyId)
        .getSingleResult();
  }

  @Override
  public void add(Selection selection) {
    em().persist(selection);
    em().flush();
  }

  @Override
  public void flush() {
    em().flush();
  }

  @Override
  public List<CandidateProfile> candidatesFor(long vacancyId, VacancyDetails vacancy) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, first_name, last_name, zone, education, italian_level, licences, has_car,"
                + " availability, readiness, sectors FROM candidate"
                + " WHERE status = 'IN_PROTOCOL' AND erased_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM selection s"
                + " WHERE s.vacancy_id = ?1 AND s.candidate_id = candidate.id)");
    List<Object> parameters = new ArrayList<>(List.of(vacancyId));
    for (Requirement r : vacancy.requirements()) {
      if (!r.mandatory()) {
        continue;
      }
      switch (r.kind()) {
        case LICENCE -> {
          parameters.add("%," + r.value() + ",%");
          sql.append(" AND (',' || licences || ',') LIKE ?").append(parameters.size());
        }
        case ITALIAN_LEVEL -> {
          ItalianLevel min = ItalianLevel.valueOf(r.value());
          sql.append(" AND italian_level IN (")
              .append(
                  in(parameters, Arrays.stream(ItalianLevel.values()).filter(l -> l.atLeast(min))))
              .append(")");
        }
        case EDUCATION -> {
          int isced = Education.valueOf(r.value()).isced();
          sql.append(" AND education IN (")
              .append(
                  in(parameters, Arrays.stream(Education.values()).filter(e -> e.isced() >= isced)))
              .append(")");
        }
        case CAR -> sql.append(" AND has_car");
      }
    }
    Query query = em().createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<CandidateProfile> profiles = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      profiles.add(
          new CandidateProfile(
              ((Number) row[0]).longValue(),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              row[4] == null ? null : Education.valueOf((String) row[4]),
              row[5] == null ? null : ItalianLevel.valueOf((String) row[5]),
              Codes.enums((String) row[6], Licence.class),
              (Boolean) row[7],
              Codes.enums((String) row[8], Shift.class),
              row[9] == null ? null : Assessment.Readiness.valueOf((String) row[9]),
              Codes.enums((String) row[10], Assessment.Sector.class)));
    }
    return profiles;
  }

  private static String in(
      List<Object> parameters, java.util.stream.Stream<? extends Enum<?>> values) {
    List<String> marks = new ArrayList<>();
    values.forEach(
        v -> {
          parameters.add(v.name());
          marks.add("?" + parameters.size());
        });
    return String.join(", ", marks);
  }
}
