package it.ponte.candidate.infrastructure;

import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateFilter;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.Consent;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Candidates through the entity manager of the request's tenant. */
@ApplicationScoped
public class JpaCandidateRepository implements CandidateRepository {

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public Optional<Candidate> find(long id) {
    return Optional.ofNullable(em().find(Candidate.class, id));
  }

  @Override
  public Map<Long, String> names(java.util.Collection<Long> ids) {
    Map<Long, String> names = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (Object[] row :
        em().createQuery(
                "SELECT c.id, c.firstName, c.lastName FROM Candidate c"
                    + " WHERE c.id IN :ids AND c.erasedAt IS NULL",
                Object[].class)
            .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids)))
            .getResultList()) {
      names.put((Long) row[0], row[1] + " " + row[2]);
    }
    return names;
  }

  @Override
  public List<Candidate> list(CandidateFilter filter, int offset, int limit) {
    return query("SELECT c FROM Candidate c", filter, " ORDER BY c.id", Candidate.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(CandidateFilter filter) {
    return query("SELECT count(c) FROM Candidate c", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, CandidateFilter filter, String order, Class<T> type) {
    List<String> where = new ArrayList<>(List.of("c.erasedAt IS NULL"));
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.status() != null) {
      where.add("c.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.zone() != null) {
      where.add("c.zone = :zone");
      parameters.put("zone", filter.zone());
    }
    if (filter.waitingSince() != null) {
      where.add("c.firstInterviewAt IS NULL AND c.registeredAt < :waitingSince");
      parameters.put("waitingSince", filter.waitingSince());
    }
    if (filter.sector() != null) {
      where.add("CONCAT(',', c.sectors, ',') LIKE :sector");
      parameters.put("sector", "%," + filter.sector().name() + ",%");
    }
    if (filter.text() != null) {
      String[] words = filter.text().toLowerCase(Locale.ROOT).strip().split("\\s+");
      for (int i = 0; i < words.length && i < 5; i++) {
        where.add(
            "(LOWER(c.firstName) LIKE :w"
                + i
                + " ESCAPE '!' OR LOWER(c.lastName) LIKE :w"
                + i
                + " ESCAPE '!')");
        parameters.put("w" + i, "%" + escapeLike(words[i]) + "%");
      }
    }
    TypedQuery<T> query =
        em().createQuery(select + " WHERE " + String.join(" AND ", where) + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String escapeLike(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  @Override
  public void flush() {
    em().flush();
  }

  @Override
  public void add(Candidate candidate) {
    em().persist(candidate);
    em().flush();
  }

  @Override
  public Optional<Candidate> findSamePerson(PersonalData data) {
    List<Candidate> same =
        em().createQuery(
                "SELECT c FROM Candidate c WHERE c.erasedAt IS NULL AND ((LOWER(c.lastName) ="
                    + " :last AND LOWER(c.firstName) = :first AND c.birthDate = :birth)"
                    + " OR (c.email IS NOT NULL AND LOWER(c.email) = :email)) ORDER BY c.id",
                Candidate.class)
            .setParameter("last", data.lastName().toLowerCase(Locale.ROOT))
            .setParameter("first", data.firstName().toLowerCase(Locale.ROOT))
            .setParameter("birth", data.birthDate())
            .setParameter(
                "email", data.email() == null ? "" : data.email().toLowerCase(Locale.ROOT))
            .setMaxResults(1)
            .getResultList();
    return same.stream().findFirst();
  }

  @Override
  public void addReceipt(String receipt, OffsetDateTime at, long candidateId, boolean created) {
    em().createNativeQuery(
            "INSERT INTO registration_receipt (receipt, received_at, candidate_id, created)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, receipt)
        .setParameter(2, at)
        .setParameter(3, candidateId)
        .setParameter(4, created)
        .executeUpdate();
  }

  @Override
  public void addConsent(Consent consent) {
    em().persist(consent);
  }

  @Override
  public List<Consent> consents(long candidateId) {
    return em().createQuery(
            "SELECT c FROM Consent c WHERE c.candidateId = :id ORDER BY c.givenAt, c.id",
            Consent.class)
        .setParameter("id", candidateId)
        .getResultList();
  }

  @Override
  public void addWithdrawal(
      long candidateId,
      java.util.Set<it.ponte.candidate.domain.ConsentPurpose> purposes,
      OffsetDateTime at,
      String by) {
    em().createNativeQuery(
            "INSERT INTO consent_withdrawal (candidate_id, purposes, withdrawn_at, recorded_by)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, candidateId)
        .setParameter(2, it.ponte.platform.domain.Codes.join(purposes))
        .setParameter(3, at)
        .setParameter(4, by)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Withdrawal> withdrawals(long candidateId) {
    List<Object[]> rows =
        em().createNativeQuery(
                "SELECT id, purposes, withdrawn_at, recorded_by FROM consent_withdrawal"
                    + " WHERE candidate_id = ?1 ORDER BY withdrawn_at, id")
            .setParameter(1, candidateId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Withdrawal(
                    ((Number) r[0]).longValue(),
                    it.ponte.platform.domain.Codes.split((String) r[1]).stream()
                        .map(it.ponte.candidate.domain.ConsentPurpose::valueOf)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                    r[2] instanceof OffsetDateTime t
                        ? t
                        : ((java.sql.Timestamp) r[2])
                            .toInstant()
                            .atOffset(java.time.ZoneOffset.UTC),
                    (String) r[3]))
        .toList();
  }

  @Override
  public void eraseTraces(long candidateId) {
    em().createNativeQuery("DELETE FROM registration_receipt WHERE candidate_id = ?1")
        .setParameter(1, candidateId)
        .executeUpdate();
    em().createNativeQuery(
            "UPDATE pending_registration SET submission = '{\"erased\": true}'"
                + " WHERE matched_candidate_id = ?1 OR candidate_id = ?1")
        .setParameter(1, candidateId)
        .executeUpdate();
    em().createNativeQuery("UPDATE interview SET notes = NULL WHERE candidate_id = ?1")
        .setParameter(1, candidateId)
        .executeUpdate();
    // Answers kept for retries may show the person; they are not linked to a person, and a day's
    // retries are not worth keeping them: the territory's go.
    em().createNativeQuery("DELETE FROM idempotency_key").executeUpdate();
  }
}
