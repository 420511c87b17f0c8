package it.ponte.idempotency.domain;

import java.util.Optional;

/**
 * The first answer to a keyed request, kept to answer its retries.
 *
 * @param requestHash what the request was (method, path, content type, body), hashed
 */
public record StoredAnswer(
    String requestHash, int status, String contentType, String location, byte[] body) {

  /** The answers of a tenant's keyed requests, by caller and key. */
  public interface Store {

    Optional<StoredAnswer> find(String caller, String key);

    /**
     * Keeps an answer in the request's transaction.
     *
     * @return false when another request with the same caller and key got there first
     */
    boolean keep(String caller, String key, StoredAnswer answer);
  }
}
