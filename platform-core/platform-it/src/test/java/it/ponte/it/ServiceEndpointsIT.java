package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, OpenAPI and metrics endpoints. */
@ExtendWith(PlatformExtension.class)
class ServiceEndpointsIT {

  @Test
  void healthEndpoints(Platform platform) {
    assertThat(platform.get("/health/live").status()).isEqualTo(200);
    assertThat(platform.get("/health/started").status()).isEqualTo(200);
    Answer ready = platform.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("migrations").contains("database");
  }

  @Test
  void openApiDescribesTheDtos(Platform platform) {
    Answer openapi = platform.get("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/platform/tenants")
        .contains("/api/t/{tenant}/companies")
        .contains("TenantDescriptor")
        .contains("Partita IVA, 11 digits with check digit");
  }

  @Test
  void metricsAreExposed(Platform platform) {
    Answer metrics = platform.get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm");
  }

  /** Issue #16: every answer of the platform carries the security headers, errors included. */
  @Test
  void everyAnswerCarriesSecurityHeaders(Platform platform) {
    for (Answer a :
        java.util.List.of(
            platform.get("/api/t/bologna/candidates"),
            platform.anonymous().get("/api/t/bologna/candidates"),
            platform.as(platform.operatorOf("bologna")).get("/api/t/bergamo/candidates"),
            platform.as("bologna.operator").get("/api/t/no-such-territory/companies"),
            platform.get("/api/t/bologna/public/privacy-notice"))) {
      assertThat(a.header("X-Content-Type-Options")).as(a.body()).isEqualTo("nosniff");
      assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(a.header("Cache-Control")).isEqualTo("no-store");
      assertThat(a.header("Content-Security-Policy"))
          .startsWith("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(a.header("Strict-Transport-Security")).as("plain HTTP").isNull();
    }
    Answer overHttps =
        platform.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        platform.baseUrl() + "/api/t/bologna/public/privacy-notice"))
                .header("X-Forwarded-Proto", "https")
                .build());
    assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=");
    Answer page = platform.get("/", "text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self' 'sha256-")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
