package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A create sent again with its Idempotency-Key gets its first answer and creates nothing. */
@ExtendWith(PlatformExtension.class)
class IdempotencyIT {

  static Answer post(Platform platform, String user, String path, String json, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
            .header("Authorization", "Bearer " + platform.token(user))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return platform.send(request.build());
  }

  static long people(Platform platform, String tenant) {
    return platform
        .get("/api/t/" + tenant + "/candidates?limit=1")
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void aRetryGetsTheFirstAnswerAndCreatesNothing(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    String operator = platform.operatorOf(a);
    String path = "/api/t/" + a + "/candidates";
    String anna = Fixtures.person("Anna", "Ritenta", "");
    String key = UUID.randomUUID().toString();

    Answer first = post(platform, operator, path, anna, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Answer again = post(platform, operator, path, anna, key);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    assertThat(people(platform, a)).isEqualTo(1);

    assertProblem(
        post(platform, operator, path, Fixtures.person("Altra", "Persona", ""), key),
        422,
        "idempotency-key-reused");
    assertThat(people(platform, a)).isEqualTo(1);

    // Keys are each caller's own, in each territory.
    assertThat(post(platform, platform.adminOf(a), path, anna, key).status()).isEqualTo(201);
    assertThat(people(platform, a)).isEqualTo(2);
    Answer inB = post(platform, platform.operatorOf(b), "/api/t/" + b + "/candidates", anna, key);
    assertThat(inB.status()).isEqualTo(201);
    assertThat(inB.header("Idempotent-Replayed")).isNull();
    assertThat(people(platform, b)).isEqualTo(1);

    // A refused request keeps nothing: the same key then carries the corrected request.
    String other = UUID.randomUUID().toString();
    assertProblem(
        post(platform, operator, path, "{\"firstName\": \"\"}", other), 422, "validation-failed");
    assertThat(
            post(platform, operator, path, Fixtures.person("Dopo", "Correzione", ""), other)
                .status())
        .isEqualTo(201);
    assertThat(people(platform, a)).isEqualTo(3);

    assertProblem(post(platform, operator, path, anna, "short"), 400, "invalid-idempotency-key");
    assertThat(people(platform, a)).isEqualTo(3);

    // Other creates too: a company.
    String company =
        "{\"name\": \"Ritenta Srl\", \"vatNumber\": \""
            + TestData.vatNumber(System.nanoTime() % 1_000_000_000L)
            + "\"}";
    String companyKey = UUID.randomUUID().toString();
    Answer made = post(platform, operator, "/api/t/" + a + "/companies", company, companyKey);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    Answer remade = post(platform, operator, "/api/t/" + a + "/companies", company, companyKey);
    assertThat(remade.status())
        .as("not a 409 for the partita IVA: the first answer")
        .isEqualTo(201);
    assertThat(remade.header("Location")).isEqualTo(made.header("Location"));
  }

  @Test
  void requestsRacingWithOneKeyCreateOneRecord(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String operator = platform.operatorOf(a);
    String path = "/api/t/" + a + "/candidates";
    String body = Fixtures.person("Gara", "Concorrente", "");
    String key = UUID.randomUUID().toString();
    platform.token(operator);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Answer>> calls =
          java.util.stream.IntStream.range(0, 8)
              .<Callable<Answer>>mapToObj(i -> () -> post(platform, operator, path, body, key))
              .toList();
      List<Future<Answer>> answers = pool.invokeAll(calls);
      String location = null;
      for (Future<Answer> f : answers) {
        Answer answer = f.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        location = location == null ? answer.header("Location") : location;
        assertThat(answer.header("Location")).isEqualTo(location);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(people(platform, a)).isEqualTo(1);
  }
}
