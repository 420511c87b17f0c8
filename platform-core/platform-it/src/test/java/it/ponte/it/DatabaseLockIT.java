package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A slow database - another session holding a lock on a territory's table - ends requests with 503
 * within the statement timeout (4 s on the test platform) instead of leaving them waiting: more
 * requests than the pool has connections all get their answer, nothing is written, and once the
 * lock goes the territory works again; the other territory never notices.
 */
@ExtendWith(PlatformExtension.class)
class DatabaseLockIT {

  @Test
  void aHeldLockGives503InTimeAndThePoolIsNotExhausted(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    fa.register(Fixtures.person("Prima", "DelBlocco", ""));
    String list = "/api/t/" + a + "/candidates";
    platform.token(platform.operatorOf(a));

    try (Connection db = platform.jdbc()) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("LOCK TABLE t_" + a.replace('-', '_') + ".candidate IN ACCESS EXCLUSIVE MODE");
      }
      assertProblem(platform.get(list), 503, "database-busy");
      Answer write = platform.post(list, Fixtures.person("Durante", "IlBlocco", ""));
      assertThat(write.status()).as(write.body()).isEqualTo(503);
      assertThat(write.header("Retry-After")).isNotBlank();

      // More requests at once than the pool's 32 connections: each ends with its 503.
      ExecutorService pool = Executors.newFixedThreadPool(40);
      try {
        List<Callable<Integer>> calls =
            java.util.stream.IntStream.range(0, 40)
                .<Callable<Integer>>mapToObj(i -> () -> platform.get(list).status())
                .toList();
        for (Future<Integer> f : pool.invokeAll(calls)) {
          assertThat(f.get()).isEqualTo(503);
        }
      } finally {
        pool.shutdownNow();
      }
      // The other territory is served meanwhile.
      assertThat(platform.get("/api/t/" + b + "/candidates").status()).isEqualTo(200);
      db.rollback();
    }
    Answer after = platform.get(list);
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.json().getInt("total")).as("the refused write left nothing").isEqualTo(1);
    assertThat(platform.post(list, Fixtures.person("Dopo", "IlBlocco", "")).status())
        .isEqualTo(201);
  }
}
