package it.ponte.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The database's ceiling for a request: the statements the server sent for it (captured by {@link
 * SqlCapture}), replayed over JDBC by as many clients as the load has, each on its own connection,
 * with the same values, for a while. What it reaches is what PostgreSQL on this machine allows
 * Ponte's request at best.
 */
final class SqlReplay {

  private SqlReplay() {}

  /**
   * The transaction, from BEGIN to COMMIT on its backend, that ran the first statement containing
   * {@code marker}: one request's SQL as the server sent it (the same connection serves other work
   * between requests, which is left out).
   */
  static List<SqlCapture.Executed> request(List<SqlCapture.Executed> captured, String marker) {
    int at = -1;
    for (int i = 0; i < captured.size() && at < 0; i++) {
      if (captured.get(i).sql().toLowerCase(java.util.Locale.ROOT).contains(marker)) {
        at = i;
      }
    }
    if (at < 0) {
      throw new IllegalStateException(
          "No statement with " + marker + " among " + captured.size() + " captured");
    }
    int pid = captured.get(at).pid();
    List<SqlCapture.Executed> own = new ArrayList<>();
    int position = -1;
    for (int i = 0; i < captured.size(); i++) {
      if (captured.get(i).pid() == pid) {
        if (i == at) {
          position = own.size();
        }
        own.add(captured.get(i));
      }
    }
    int begin = position;
    while (begin > 0 && !own.get(begin).sql().equalsIgnoreCase("BEGIN")) {
      begin--;
    }
    int commit = position;
    while (commit < own.size() - 1 && !own.get(commit).sql().equalsIgnoreCase("COMMIT")) {
      commit++;
    }
    return List.copyOf(own.subList(begin, commit + 1));
  }

  /** Replays the statements with {@code clients} connections for {@code duration}: per second. */
  static double perSecond(
      List<SqlCapture.Executed> statements,
      String jdbcUrl,
      String user,
      String password,
      int clients,
      Duration duration)
      throws Exception {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    // Values go as the log shows them, untyped: PostgreSQL infers each from its place, as it did.
    props.setProperty("stringtype", "unspecified");
    AtomicLong done = new AtomicLong();
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(clients);
    // Every client stops at the same moment: the duration plus the time to connect and prepare.
    long deadline = System.nanoTime() + duration.toNanos() + Duration.ofSeconds(2).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread t =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, props)) {
                  List<PreparedStatement> prepared = new ArrayList<>();
                  for (SqlCapture.Executed e : statements) {
                    prepared.add(c.prepareStatement(e.sql().replaceAll("\\$(\\d+)", "?")));
                  }
                  ready.countDown();
                  ready.await();
                  while (System.nanoTime() < deadline) {
                    for (int k = 0; k < prepared.size(); k++) {
                      PreparedStatement p = prepared.get(k);
                      List<String> values = statements.get(k).parameters();
                      for (int v = 0; v < values.size(); v++) {
                        p.setString(v + 1, values.get(v));
                      }
                      p.execute();
                    }
                    done.incrementAndGet();
                  }
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                  ready.countDown();
                }
              },
              "sql-replay-" + i);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    ready.await();
    long start = System.nanoTime();
    long before = done.get();
    for (Thread t : threads) {
      t.join();
    }
    if (failure.get() != null) {
      throw new SQLException("Replay failed: " + failure.get().getMessage(), failure.get());
    }
    return (done.get() - before) / ((System.nanoTime() - start) / 1e9);
  }
}
