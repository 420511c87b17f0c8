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
}
