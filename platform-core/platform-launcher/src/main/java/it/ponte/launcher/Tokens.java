package it.ponte.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens of the platform realm's users for whoever drives the platform from outside - the
 * integration tests, the benchmarks, a script - kept per user and fetched again once half their
 * lifetime has passed, so a long run never sends an expired token. A user logs in once at a time:
 * parallel logins of one user look like an attack to Keycloak's brute-force detection.
 */
public final class Tokens {

  private record Token(String value, long renewAt) {}

  private final KeycloakAdmin keycloak;
  private final String password;
  private final ConcurrentMap<String, Token> cache = new ConcurrentHashMap<>();

  /**
   * @param password the password of every user asked for (the demo users share one)
   */
  public Tokens(KeycloakAdmin keycloak, String password) {
    this.keycloak = keycloak;
    this.password = password;
  }

  /** A valid access token of the user, from the cache while it is young enough. */
  public String of(String username) {
    return cache
        .compute(
            username,
            (user, cached) -> {
              long now = System.currentTimeMillis();
              if (cached != null && now < cached.renewAt()) {
                return cached;
              }
              try {
                KeycloakAdmin.Grant grant =
                    keycloak.grant(KeycloakServer.REALM, KeycloakAdmin.CLI_CLIENT, user, password);
                return new Token(grant.accessToken(), now + grant.expiresInSeconds() * 500L);
              } catch (IOException e) {
                throw new UncheckedIOException("No token for " + user + ": " + e.getMessage(), e);
              }
            })
        .value();
  }

  /** Forgets every token: the next request of each user logs in again. */
  public void clear() {
    cache.clear();
  }
}
