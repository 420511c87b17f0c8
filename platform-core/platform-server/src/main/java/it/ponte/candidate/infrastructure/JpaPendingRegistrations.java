package it.ponte.candidate.infrastructure;

import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.PendingRegistration;
import it.ponte.candidate.domain.PendingRegistrations;
import it.ponte.platform.domain.Codes;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The pending registrations through the tenant transaction's entity manager (plain SQL). */
@ApplicationScoped
public class JpaPendingRegistrations implements PendingRegistrations {

  private static final String COLUMNS =
      "SELECT id, receipt, received_at, submission, notice_version, purposes,"
          + " matched_candidate_id, status, decided_at, decided_by, candidate_id"
          + " FROM pending_registration";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public void add(
      String receipt,
      OffsetDateTime receivedAt,
      String submission,
      String noticeVersion,
      Set<ConsentPurpose> purposes,
      long matchedCandidateId) {
    em().createNativeQuery(
            "INSERT INTO pending_registration (receipt, received_at, submission, notice_version,"
                + " purposes, matched_candidate_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, receipt)
        .setParameter(2, receivedAt)
        .setParameter(3, submission)
        .setParameter(4, noticeVersion)
        .setParameter(5, Codes.join(purposes))
        .setParameter(6, matchedCandidateId)
        .executeUpdate();
  }

  @Override
  public List<PendingRegistration> list(PendingRegistration.Status status, int offset, int limit) {
    Query q =
        em().createNativeQuery(
                COLUMNS
                    + (status == null ? "" : " WHERE status = ?1")
                    + " ORDER BY id DESC OFFSET "
                    + offset
                    + " LIMIT "
                    + limit);
    if (status != null) {
      q.setParameter(1, status.name());
    }
    return rows(q);
  }

  @Override
  public long count(PendingRegistration.Status status) {
    Query q =
        em().createNativeQuery(
                "SELECT count(*) FROM pending_registration"
                    + (status == null ? "" : " WHERE status = ?1"));
    if (status != null) {
      q.setParameter(1, status.name());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  @Override
  public Optional<PendingRegistration> lock(long id) {
    return rows(em().createNativeQuery(COLUMNS + " WHERE id = ?1 FOR UPDATE").setParameter(1, id))
        .stream()
        .findFirst();
  }

  @Override
  public void decide(
      long id, PendingRegistration.Status status, OffsetDateTime at, String by, long candidateId) {
    em().createNativeQuery(
            "UPDATE pending_registration SET status = ?1, decided_at = ?2, decided_by = ?3,"
                + " candidate_id = ?4 WHERE id = ?5")
        .setParameter(1, status.name())
        .setParameter(2, at)
        .setParameter(3, by)
        .setParameter(4, candidateId)
        .setParameter(5, id)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private static List<PendingRegistration> rows(Query q) {
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(JpaPendingRegistrations::row).toList();
  }

  private static PendingRegistration row(Object[] r) {
    return new PendingRegistration(
        ((Number) r[0]).longValue(),
        (String) r[1],
        time(r[2]),
        (String) r[3],
        (String) r[4],
        Codes.split((String) r[5]).stream()
            .map(ConsentPurpose::valueOf)
            .collect(Collectors.toUnmodifiableSet()),
        ((Number) r[6]).longValue(),
        PendingRegistration.Status.valueOf((String) r[7]),
        r[8] == null ? null : time(r[8]),
        (String) r[9],
        r[10] == null ? null : ((Number) r[10]).longValue());
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant t) {
      return t.atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("Not a time: " + value);
  }
}
