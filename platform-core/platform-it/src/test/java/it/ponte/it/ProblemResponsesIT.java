package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error is an RFC 9457 problem document, with no stack trace. */
@ExtendWith(PlatformExtension.class)
class ProblemResponsesIT {

  /** Found by FuzzIT's larger budget: PostgreSQL stores no NUL byte, and said so with a 500. */
  @Test
  void aNulByteInTextIsRefusedAndChangesNothing(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    new Fixtures(platform, b).register(Fixtures.person("Altra", "Persona", ""));
    assertProblem(platform.get("/api/t/" + a + "/candidates?q=%00"), 400, "invalid-text");
    assertProblem(
        platform.post("/api/t/" + a + "/candidates", Fixtures.person("Nul\\u0000", "Byte", "")),
        400,
        "invalid-text");
    assertThat(platform.get("/api/t/" + a + "/candidates").json().getInt("total")).isZero();
    assertThat(platform.get("/api/t/" + b + "/candidates").json().getInt("total")).isEqualTo(1);
  }

  @Test
  void unknownRoutesInAndOutsideTheApi(Platform platform) {
    assertProblem(platform.get("/api/no-such-thing"), 404, "not-found");
    assertProblem(platform.get("/no-such-page"), 404, "not-found");
  }

  @Test
  void anUnknownOrMalformedTenantLooksLikeAnyForeignOne(Platform platform) {
    var operator = platform.as("bergamo.operator");
    JsonObject unknown = assertProblem(operator.get("/api/t/nowhere/companies"), 403, "forbidden");
    JsonObject foreign = assertProblem(operator.get("/api/t/bologna/companies"), 403, "forbidden");
    assertThat(unknown.getString("detail")).isEqualTo(foreign.getString("detail"));
    assertProblem(operator.get("/api/t/NOT%20VALID/companies"), 403, "forbidden");
  }

  @Test
  void methodNotAllowedNamesTheAllowedMethods(Platform platform) {
    Answer answer = platform.send("DELETE", "/api/platform/tenants", null, null);
    assertProblem(answer, 405, "method-not-allowed");
    assertThat(answer.header("Allow")).contains("GET").contains("POST");
  }

  @Test
  void unsupportedMediaType(Platform platform) {
    assertProblem(
        platform.send("POST", "/api/t/bergamo/companies", "name=x", "text/plain"),
        415,
        "unsupported-media-type");
  }

  @Test
  void malformedJson(Platform platform) {
    assertProblem(platform.post("/api/t/bergamo/companies", "{\"name\": "), 400, "malformed-body");
    assertProblem(platform.post("/api/platform/tenants", "{not json"), 400, "malformed-body");
  }

  @Test
  void validationErrorsCarryFieldPointers(Platform platform) {
    Answer blank =
        platform.post(
            "/api/t/bergamo/companies",
            "{\"name\": \"\", \"vatNumber\": \"12345678903\", \"atecoCode\": \"x\"}");
    JsonObject problem = assertProblem(blank, 422, "validation-failed");
    List<String> pointers =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("pointer"))
            .toList();
    assertThat(pointers).contains("/name", "/atecoCode");

    Answer badVat =
        platform.post(
            "/api/t/bergamo/companies",
            "{\"name\": \"Rossi Srl\", \"vatNumber\": \"12345678901\"}");
    JsonObject vatProblem = assertProblem(badVat, 422, "validation-failed");
    assertThat(vatProblem.getJsonArray("errors").getJsonObject(0).getString("pointer"))
        .isEqualTo("/vatNumber");
  }

  @Test
  void invalidPagingParameters(Platform platform) {
    JsonObject problem =
        assertProblem(
            platform.get("/api/t/bergamo/companies?limit=0&offset=-1"), 422, "validation-failed");
    assertThat(
            problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("pointer"))
                .toList())
        .containsExactlyInAnyOrder("limit", "offset");
    assertProblem(platform.get("/api/t/bergamo/companies?limit=abc"), 400, "invalid-parameter");
  }

  @Test
  void aCompanyOfThisTenantThatDoesNotExist(Platform platform) {
    assertProblem(platform.get("/api/t/bologna/companies/987654"), 404, "not-found");
  }

  @Test
  void aDuplicateVatNumberIsAConflictInTheSameTenantOnly(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    String company = "{\"name\": \"Bianchi Spa\", \"vatNumber\": \"00743110157\"}";
    assertThat(platform.post("/api/t/" + a + "/companies", company).status()).isEqualTo(201);
    assertProblem(platform.post("/api/t/" + a + "/companies", company), 409, "company-exists");
    assertThat(platform.post("/api/t/" + b + "/companies", company).status()).isEqualTo(201);
  }

  /** Issue #16: a body over the cap is refused before it is read, with or without a length. */
  @Test
  void bodiesOverTheCapAreRefusedBeforeTheyAreRead(Platform platform) {
    String tenant = platform.onboardNewTenant("08");
    String name = "Big Body " + tenant;
    String padding = "x".repeat(1024 * 1024);
    String json =
        "{\"name\": \"%s\", \"vatNumber\": \"%s\", \"notes\": \"%s\"}"
            .formatted(name, TestData.vatNumber(91_000_001), padding);
    JsonObject problem =
        assertProblem(
            platform.post("/api/t/" + tenant + "/companies", json), 413, "payload-too-large");
    assertThat(problem.getString("detail")).contains("1048576");
    // The same body without a length (chunked): read up to the cap only, then refused.
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/api/t/" + tenant + "/companies"))
            .header("Authorization", "Bearer " + platform.token(platform.operatorOf(tenant)))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
            .build();
    assertProblem(platform.send(chunked), 413, "payload-too-large");
    // The anonymous public form too.
    assertProblem(
        platform
            .anonymous()
            .post(
                "/api/t/" + tenant + "/public/registrations",
                "{\"firstName\": \"" + padding + "\"}"),
        413,
        "payload-too-large");
    // Nothing was written; a body under the cap still goes through.
    assertThat(platform.get("/api/t/" + tenant + "/companies").body()).doesNotContain(name);
    String small =
        "{\"name\": \"%s\", \"vatNumber\": \"%s\"}".formatted(name, TestData.vatNumber(91_000_002));
    HttpRequest chunkedSmall =
        HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/api/t/" + tenant + "/companies"))
            .header("Authorization", "Bearer " + platform.token(platform.operatorOf(tenant)))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8))))
            .build();
    Answer created = platform.send(chunkedSmall);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  static JsonObject assertProblem(Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonObject problem = answer.json();
    assertThat(problem.getString("type")).isEqualTo("urn:ponte:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    return problem;
  }
}
