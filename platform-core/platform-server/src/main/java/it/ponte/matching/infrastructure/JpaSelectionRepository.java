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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
  public Optional<Selection> find(long vacancyId, long candidateId) {
    return em().createQuery(
            "SELECT s FROM Selection s WHERE s.vacancyId = :v AND s.candidateId = :c",
            Selection.class)
        .setParameter("v", vacancyId)
        .setParameter("c", candidateId)
        .getResultStream()
        .findFirst();
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
  public void scanCandidatesFor(
      long vacancyId, VacancyDetails vacancy, Consumer<CandidateProfile> sink) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, first_name, last_name, zone, education, italian_level, licences, has_car,"
                + " availability, readiness, sectors FROM candidate"
                + " WHERE status = 'IN_PROTOCOL' AND erased_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM selection s"
                + " WHERE s.vacancy_id = ? AND s.candidate_id = candidate.id)");
    List<Object> parameters = new ArrayList<>(List.of(vacancyId));
    for (Requirement r : vacancy.requirements()) {
      if (!r.mandatory()) {
        continue;
      }
      switch (r.kind()) {
        case LICENCE -> {
          parameters.add("%," + r.value() + ",%");
          sql.append(" AND (',' || licences || ',') LIKE ?");
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
    // Plain JDBC on the transaction's connection: rows stream in batches instead of being
    // materialised as entities or arrays first.
    Connection connection = em().unwrap(Connection.class);
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      query.setFetchSize(2_000);
      for (int i = 0; i < parameters.size(); i++) {
        query.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String education = rs.getString(5);
          String italian = rs.getString(6);
          String readiness = rs.getString(10);
          sink.accept(
              new CandidateProfile(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  education == null ? null : Education.valueOf(education),
                  italian == null ? null : ItalianLevel.valueOf(italian),
                  Codes.enums(rs.getString(7), Licence.class),
                  (Boolean) rs.getObject(8),
                  Codes.enums(rs.getString(9), Shift.class),
                  readiness == null ? null : Assessment.Readiness.valueOf(readiness),
                  Codes.enums(rs.getString(11), Assessment.Sector.class)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Matching query failed: " + e.getMessage(), e);
    }
  }

  private static String in(List<Object> parameters, Stream<? extends Enum<?>> values) {
    List<String> marks = new ArrayList<>();
    values.forEach(
        v -> {
          parameters.add(v.name());
          marks.add("?");
        });
    return String.join(", ", marks);
  }
}
