package it.ponte.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and how the platform talks to it (MicroProfile Config, env vars override). */
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "ponte.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "ponte.keycloak.realm", defaultValue = "ponte")
  String realm;

  @Inject
  @ConfigProperty(name = "ponte.keycloak.client-id", defaultValue = "ponte-platform")
  String clientId;

  @Inject
  @ConfigProperty(name = "ponte.keycloak.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "ponte.auth.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "ponte.auth.jwks-url")
  Optional<String> jwksUrl;

  @Inject
  @ConfigProperty(name = "ponte.auth.audience", defaultValue = "ponte-api")
  String audience;

  @Inject
  @ConfigProperty(name = "ponte.auth.clock-skew-seconds", defaultValue = "30")
  int clockSkewSeconds;

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String keycloakUrl() {
    return trimSlash(keycloakUrl);
  }

  public String realm() {
    return realm;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret.orElse("");
  }

  /** Expected {@code iss} of access tokens; by default the realm's URL. */
  public String issuer() {
    return issuer.filter(s -> !s.isBlank()).orElse(keycloakUrl() + "/realms/" + realm);
  }

  /** Where the realm's signing keys are published. */
  public String jwksUrl() {
    return jwksUrl.filter(s -> !s.isBlank()).orElse(issuer() + "/protocol/openid-connect/certs");
  }

  public String audience() {
    return audience;
  }

  public int clockSkewSeconds() {
    return clockSkewSeconds;
  }
}
