package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL killed ({@code kill -9} of the postmaster and its processes) and started again while
 * two territories are being written to: every write that got a 201 is there afterwards, writes
 * retried with their Idempotency-Key are there once, the platform answered 503 meanwhile and served
 * again without a restart. Bounded: 4 writers of 25 writes each, 90 s per write at most.
 */
@ExtendWith(PlatformExtension.class)
class CrashIT {

  /** Writers at once, half on each territory; {@code -Pfaults} raises both. */
  private static final int WRITERS = Integer.getInteger("ponte.crash.writers", 4);

  private static final int WRITES = Integer.getInteger("ponte.crash.writes", 25);

  @Test
  void acknowledgedWritesSurviveAKilledDatabaseAndRetriesCreateNothingTwice(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    List<String> tenants = List.of(a, b);
    tenants.forEach(t -> platform.token(platform.operatorOf(t)));
    Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    int[] lostAnswers = {0};
    CountDownLatch started = new CountDownLatch(10);

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      String tenant = tenants.get(w % 2);
      String name = "W" + w;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < WRITES; i++) {
                  String key = UUID.randomUUID().toString();
                  String body = Fixtures.person("Crash", name + "N" + i, "");
                  long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                  while (true) {
                    if (System.nanoTime() > deadline) {
                      throw new AssertionError("write " + name + "N" + i + " never succeeded");
                    }
                    try {
                      Answer answer =
                          IdempotencyIT.post(
                              platform,
                              platform.operatorOf(tenant),
                              "/api/t/" + tenant + "/candidates",
                              body,
                              key);
                      statuses.add(answer.status());
                      if (answer.status() == 201) {
                        acknowledged.put(
                            tenant + "/" + name + "N" + i,
                            answer.json().getJsonNumber("id").longValue());
                        started.countDown();
                        break;
                      }
                    } catch (IllegalStateException lost) {
                      synchronized (lostAnswers) {
                        lostAnswers[0]++;
                      }
                    }
                    Thread.sleep(250);
                  }
                }
                return null;
              }));
    }
    assertThat(started.await(60, TimeUnit.SECONDS)).as("writes before the crash").isTrue();
    platform.instance().killDatabase();
    Thread.sleep(3000);
    platform.instance().startDatabase();
    try {
      for (Future<?> writer : writers) {
        writer.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(statuses).as("answers seen while the database was down").contains(503);
    assertThat(acknowledged).hasSize(WRITERS * WRITES);
    try (Connection db = platform.jdbc()) {
      for (String tenant : tenants) {
        String schema = "t_" + tenant.replace('-', '_');
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
          if (!e.getKey().startsWith(tenant + "/")) {
            continue;
          }
          try (PreparedStatement q =
              db.prepareStatement("SELECT last_name FROM " + schema + ".candidate WHERE id = ?")) {
            q.setLong(1, e.getValue());
            try (ResultSet rs = q.executeQuery()) {
              if (!rs.next()) {
                lost.add(e.getKey());
              } else {
                assertThat(rs.getString(1)).isEqualTo(e.getKey().substring(tenant.length() + 1));
              }
            }
          }
        }
        assertThat(lost).as("acknowledged writes missing after the crash").isEmpty();
        try (PreparedStatement q =
            db.prepareStatement(
                "SELECT count(*), count(DISTINCT last_name) FROM "
                    + schema
                    + ".candidate WHERE first_name = 'Crash'")) {
          try (ResultSet rs = q.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(1))
                .as("people in " + tenant + ", none twice")
                .isEqualTo((long) WRITES * WRITERS / 2);
            assertThat(rs.getLong(2)).isEqualTo((long) WRITES * WRITERS / 2);
          }
        }
      }
    }
    System.out.printf(
        "Crash: %d writes acknowledged, all there; answers seen %s; %d answers lost and retried%n",
        acknowledged.size(), statuses, lostAnswers[0]);
    assertThat(platform.get("/api/t/" + a + "/candidates").status()).isEqualTo(200);
  }
}
