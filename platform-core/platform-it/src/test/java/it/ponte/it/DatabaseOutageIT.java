package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With the database down the platform answers 503 and reports not ready; it recovers alone. */
@ExtendWith(PlatformExtension.class)
class DatabaseOutageIT {

  @Test
  void answers503WhileTheDatabaseIsDownAndRecoversByItself(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    assertThat(platform.get("/api/t/" + tenant + "/companies").status()).isEqualTo(200);

    platform.instance().stopDatabase();
    Answer read;
    Answer ready;
    Answer onboarding;
    try {
      read = platform.get("/api/t/" + tenant + "/companies");
      ready = platform.get("/health/ready");
      onboarding =
          platform.post("/api/platform/tenants", Descriptors.valid(Platform.newTenantId(), "03"));
    } finally {
      platform.instance().startDatabase();
    }

    ProblemResponsesIT.assertProblem(read, 503, "database-unavailable");
    assertThat(read.header("Retry-After")).isEqualTo("5");
    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).contains("\"DOWN\"");
    // Health is open to anyone: it names no host, port or driver message (issue #16).
    assertThat(ready.body())
        .doesNotContain("localhost")
        .doesNotContain("127.0.0.1")
        .doesNotContain("Connection to")
        .doesNotContain("Exception");
    ProblemResponsesIT.assertProblem(onboarding, 503, "database-unavailable");

    assertThat(awaitStatus(platform, "/health/ready", 200, Duration.ofSeconds(60))).isEqualTo(200);
    assertThat(platform.get("/api/t/" + tenant + "/companies").status()).isEqualTo(200);
  }

  private static int awaitStatus(Platform platform, String path, int wanted, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int status = -1;
    while (System.nanoTime() < deadline) {
      status = platform.get(path).status();
      if (status == wanted) {
        return status;
      }
      Thread.sleep(500);
    }
    return status;
  }
}
