package it.ponte.idempotency.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.idempotency.domain.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Answers in the tenant's {@code idempotency_key} table, kept a day: a retry comes within minutes,
 * and a key older than a day is forgotten (deleted as new keys are kept).
 */
@ApplicationScoped
public class JdbcStoredAnswers implements StoredAnswer.Store {

  @Inject TenantSql sql;

  @Override
  public Optional<StoredAnswer> find(String caller, String key) {
    return sql.queryOne(
        "SELECT request_hash, status, content_type, location, body FROM idempotency_key"
            + " WHERE caller = ? AND key = ? AND created_at > now() - interval '1 day'",
        rs ->
            new StoredAnswer(
                rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)),
        caller,
        key);
  }

  @Override
  public boolean keep(String caller, String key, StoredAnswer answer) {
    sql.update("DELETE FROM idempotency_key WHERE created_at < now() - interval '1 day'");
    return sql.tryInsert(
        "INSERT INTO idempotency_key (caller, key, request_hash, status, content_type, location,"
            + " body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, now())",
        caller,
        key,
        answer.requestHash(),
        answer.status(),
        answer.contentType(),
        answer.location(),
        answer.body());
  }
}
