package it.ponte.matching.infrastructure;

import it.ponte.company.domain.VacancyDetails;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.domain.SelectionRepository;
import it.ponte.tenancy.application.TenantContext;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Selections through JPA; the candidates to rank from the in-memory {@link CandidateProfileIndex}.
 */
@ApplicationScoped
public class JpaSelectionRepository implements SelectionRepository {

  @Inject TenantPersistence persistence;

  @Inject TenantContext context;

  @Inject CandidateProfileIndex index;

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
    // Sorted ids, searched without boxing: this runs once per candidate in protocol (70,000 in
    // the benchmark), and a set of Long cost a third of a ranking's time.
    long[] selected =
        em()
            .createQuery("SELECT s.candidateId FROM Selection s WHERE s.vacancyId = :v", Long.class)
            .setParameter("v", vacancyId)
            .getResultList()
            .stream()
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();
    try {
      for (CandidateProfile candidate :
          index.inProtocol(context.tenant(), em().unwrap(Connection.class))) {
        if (selected.length == 0 || Arrays.binarySearch(selected, candidate.id()) < 0) {
          sink.accept(candidate);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Matching query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<CandidateProfile> withNames(List<CandidateProfile> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<Long, String[]> names = new HashMap<>();
    try (PreparedStatement query =
        em().unwrap(Connection.class)
            .prepareStatement(
                "SELECT id, first_name, last_name FROM candidate WHERE id = ANY(?)")) {
      query.setArray(
          1,
          query
              .getConnection()
              .createArrayOf(
                  "bigint", candidates.stream().map(CandidateProfile::id).toArray(Long[]::new)));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading names failed: " + e.getMessage(), e);
    }
    List<CandidateProfile> named = new ArrayList<>();
    for (CandidateProfile c : candidates) {
      String[] name = names.getOrDefault(c.id(), new String[2]);
      named.add(
          new CandidateProfile(
              c.id(),
              name[0],
              name[1],
              c.zone(),
              c.education(),
              c.italianLevel(),
              c.licences(),
              c.hasCar(),
              c.availability(),
              c.readiness(),
              c.sectors()));
    }
    return named;
  }
}
