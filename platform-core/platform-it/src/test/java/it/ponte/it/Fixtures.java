package it.ponte.it;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of test records through the API, for tenants onboarded by {@link Platform}. */
final class Fixtures {

  private static final AtomicLong VAT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final Platform platform;
  private final String tenant;

  Fixtures(Platform platform, String tenant) {
    this.platform = platform;
    this.tenant = tenant;
  }

  String base() {
    return "/api/t/" + tenant;
  }

  /** A candidate's JSON with the given extra fields (a JSON fragment, may be empty). */
  static String person(String first, String last, String extra) {
    return """
        {"firstName": "%s", "lastName": "%s", "birthDate": "1988-04-12", "gender": "FEMALE",
         "citizenship": "SN", "employmentStatus": "UNEMPLOYED", "didDate": "2025-11-03"%s}
        """
        .formatted(first, last, extra.isEmpty() ? "" : ", " + extra);
  }

  /** Registers a candidate and returns their id. */
  long register(String json) {
    Platform.Answer a = platform.post(base() + "/candidates", json);
    if (a.status() != 201) {
      throw new AssertionError("register answered " + a.status() + ": " + a.body());
    }
    return a.json().getJsonNumber("id").longValue();
  }

  /** Registers, interviews with an assessment and puts a candidate in protocol. */
  long inProtocol(String json, String assessment) {
    long id = register(json);
    String interviews = base() + "/candidates/" + id + "/interviews";
    long interview =
        platform
            .post(interviews, "{\"scheduledAt\": \"2026-03-10T10:00:00+01:00\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Platform.Answer assessed =
        platform.post(interviews + "/" + interview + "/assessment", assessment);
    if (assessed.status() != 200) {
      throw new AssertionError("assessment answered " + assessed.status() + ": " + assessed.body());
    }
    move(id, "IN_PROTOCOL");
    return id;
  }

  JsonObject move(long candidate, String to) {
    Platform.Answer a =
        platform.post(
            base() + "/candidates/" + candidate + "/transitions", "{\"to\": \"" + to + "\"}");
    if (a.status() != 200) {
      throw new AssertionError("move answered " + a.status() + ": " + a.body());
    }
    return a.json();
  }

  /** Registers a company and returns its id. */
  long company(String name) {
    return company(name, null);
  }

  /** Registers a company of a size band (MICRO, SMALL...; null for unknown) and returns its id. */
  long company(String name, String size) {
    Platform.Answer a =
        platform.post(
            base() + "/companies",
            "{\"name\": \"%s\", \"vatNumber\": \"%s\", \"boardJoinedOn\": \"2024-01-15\"%s}"
                .formatted(
                    name,
                    TestData.vatNumber(VAT.incrementAndGet()),
                    size == null ? "" : ", \"size\": \"" + size + "\""));
    if (a.status() != 201) {
      throw new AssertionError("company answered " + a.status() + ": " + a.body());
    }
    return a.json().getJsonNumber("id").longValue();
  }

  /** Opens a vacancy with the given JSON fields and returns its id. */
  long vacancy(long company, String json) {
    Platform.Answer a = platform.post(base() + "/companies/" + company + "/vacancies", json);
    if (a.status() != 201) {
      throw new AssertionError("vacancy answered " + a.status() + ": " + a.body());
    }
    return a.json().getJsonNumber("id").longValue();
  }

  static long id(Platform.Answer answer) {
    return answer.json().getJsonNumber("id").longValue();
  }

  /** Reads {@code value} until {@code done} holds, for up to 30 seconds; returns the last read. */
  static <T> T eventually(
      java.util.function.Supplier<T> value, java.util.function.Predicate<T> done) {
    long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    T last = value.get();
    while (!done.test(last) && System.nanoTime() < until) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = value.get();
    }
    return last;
  }
}
