package it.ponte.identity.infrastructure;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import it.ponte.identity.domain.Caller;
import it.ponte.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Verifies Keycloak access tokens: signature against the realm's published keys, algorithm from an
 * allow-list (never {@code none}, never HMAC), issuer, audience, expiry.
 *
 * <p>The keys are cached for an hour and fetched again when a token names an unknown key id; if
 * Keycloak cannot be reached, the cached keys stay in use for a day, so a Keycloak outage does not
 * end valid sessions.
 */
@ApplicationScoped
public class JwtVerifier {

  /** Signature algorithms accepted: Keycloak's asymmetric ones. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private static final long KEYS_TTL = TimeUnit.HOURS.toMillis(1);
  private static final long KEYS_REFRESH_TIMEOUT = TimeUnit.SECONDS.toMillis(5);
  private static final long OUTAGE_TOLERANCE = TimeUnit.DAYS.toMillis(1);

  @Inject IdentitySettings settings;

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  /** Thrown for any token that is not accepted; the message is for logs, not for clients. */
  public static class InvalidTokenException extends Exception {
    InvalidTokenException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Tokens verified at most this many at a time are remembered (then forgotten all at once). */
  static final int REMEMBERED = 5_000;

  /** A token that passed every check, and when it expires. */
  private record Verified(Caller caller, long expiresAtMillis) {}

  /**
   * Tokens already verified, by their exact text: the signature check is most of a request's cost
   * in this class, and a client sends the same token for minutes. A remembered token is still
   * refused once expired; any other text - a token changed by one character - is verified afresh.
   */
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  /** The caller a valid token stands for. */
  public Caller verify(String token) throws InvalidTokenException {
    Verified known = verified.get(token);
    if (known != null) {
      if (System.currentTimeMillis() < known.expiresAtMillis()) {
        return known.caller();
      }
      verified.remove(token);
    }
    return check(token);
  }

  private Caller check(String token) throws InvalidTokenException {
    JWTClaimsSet claims;
    try {
      claims = processor().process(token, null);
    } catch (Exception e) {
      throw new InvalidTokenException("Token refused: " + e.getMessage(), e);
    }
    try {
      Caller caller =
          new Caller(
              claims.getSubject(),
              claims.getStringClaim("preferred_username"),
              roles(claims),
              Roles.fromGroups(territoryGroups(claims)));
      // The claims verifier accepted it until exp plus the allowed clock skew: so does the memory.
      long until = claims.getExpirationTime().getTime() + settings.clockSkewSeconds() * 1000L;
      if (verified.size() >= REMEMBERED) {
        verified.clear();
      }
      verified.put(token, new Verified(caller, until));
      return caller;
    } catch (java.text.ParseException e) {
      throw new InvalidTokenException("Malformed claims: " + e.getMessage(), e);
    }
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
    ConfigurableJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      synchronized (this) {
        if (processor == null) {
          JWKSource<SecurityContext> keys =
              JWKSourceBuilder.create(URI.create(settings.jwksUrl()).toURL())
                  .cache(KEYS_TTL, KEYS_REFRESH_TIMEOUT)
                  .outageTolerant(OUTAGE_TOLERANCE)
                  .retrying(true)
                  .build();
          DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
          built.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
          built.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
          DefaultJWTClaimsVerifier<SecurityContext> claims =
              new DefaultJWTClaimsVerifier<>(
                  settings.audience(),
                  new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                  Set.of("sub", "exp", "iat"));
          claims.setMaxClockSkew(settings.clockSkewSeconds());
          built.setJWTClaimsSetVerifier(claims);
          processor = built;
        }
        p = processor;
      }
    }
    return p;
  }

  private static Set<String> roles(JWTClaimsSet claims) {
    Set<String> roles = new HashSet<>();
    Object realmAccess = claims.getClaim("realm_access");
    if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> list) {
      list.forEach(r -> roles.add(String.valueOf(r)));
    }
    return roles;
  }

  /** The role groups the token carries (claim {@value #TERRITORY_CLAIM}, full group paths). */
  private static List<String> territoryGroups(JWTClaimsSet claims) {
    Object groups = claims.getClaim(TERRITORY_CLAIM);
    List<String> paths = new java.util.ArrayList<>();
    if (groups instanceof Collection<?> list) {
      list.forEach(g -> paths.add(String.valueOf(g)));
    }
    return paths;
  }

  /** The claim Keycloak's group-membership mapper writes the user's groups to. */
  public static final String TERRITORY_CLAIM = "territory_roles";
}
