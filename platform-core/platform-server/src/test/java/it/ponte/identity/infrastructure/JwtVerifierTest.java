package it.ponte.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import it.ponte.identity.domain.Caller;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verified tokens are remembered: never past their expiry, never for another token's text. */
class JwtVerifierTest {

  private static final String ISSUER = "https://keycloak.example/realms/ponte";

  private HttpServer jwks;
  private RSAKey key;
  private JwtVerifier verifier;

  @BeforeEach
  void keysServedLikeKeycloaks() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    byte[] set = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    jwks.createContext(
        "/certs",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, set.length);
          exchange.getResponseBody().write(set);
          exchange.close();
        });
    jwks.start();
    IdentitySettings settings = new IdentitySettings();
    settings.keycloakUrl = "https://keycloak.example";
    settings.realm = "ponte";
    settings.issuer = Optional.of(ISSUER);
    settings.jwksUrl = Optional.of("http://localhost:" + jwks.getAddress().getPort() + "/certs");
    settings.audience = "ponte-api";
    settings.clockSkewSeconds = 0;
    verifier = new JwtVerifier();
    verifier.settings = settings;
  }

  @AfterEach
  void stop() {
    jwks.stop(0);
  }

  private String token(long validMillis) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").type(JOSEObjectType.JWT).build(),
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("ponte-api")
                .subject("user-1")
                .claim("preferred_username", "bologna.operator")
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + validMillis))
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void aVerifiedTokenIsRememberedUntilItExpiresAndThenRefused() throws Exception {
    String token = token(1500);
    Caller first = verifier.verify(token);
    assertThat(first.subject()).isEqualTo("user-1");
    assertThat(verifier.verify(token)).as("remembered, not verified again").isSameAs(first);

    Thread.sleep(1700);
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(JwtVerifier.InvalidTokenException.class);
  }

  @Test
  void aRememberedTokenChangedByOneCharacterIsVerifiedAndRefused() throws Exception {
    String token = token(60_000);
    verifier.verify(token);
    String[] parts = token.split("\\.");
    // The payload with the subject changed, under the original signature.
    String forged =
        parts[0]
            + "."
            + com.nimbusds.jose.util.Base64URL.encode(
                new String(
                        com.nimbusds.jose.util.Base64URL.from(parts[1]).decode(),
                        StandardCharsets.UTF_8)
                    .replace("user-1", "user-2"))
            + "."
            + parts[2];
    assertThatThrownBy(() -> verifier.verify(forged))
        .isInstanceOf(JwtVerifier.InvalidTokenException.class);
    String badSignature =
        token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertThatThrownBy(() -> verifier.verify(badSignature))
        .isInstanceOf(JwtVerifier.InvalidTokenException.class);
  }
}
