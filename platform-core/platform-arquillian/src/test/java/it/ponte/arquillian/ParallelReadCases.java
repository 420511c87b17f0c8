package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.core.TenantSql;
import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.TenantScope;
import it.ponte.tenancy.infrastructure.ParallelReads;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A report's read that runs aside, on a second connection (the activity report's people
 * interviewed): it reads the request's territory only, with its role and search path, can change
 * nothing, and when no helper thread is free the caller runs it on its own connection.
 */
interface ParallelReadCases {

  /** What a read saw of its session: backend, role, search path, read-only, the names in it. */
  record Seen(int backend, String role, String searchPath, String readOnly, List<String> names) {}

  private static Function<TenantSql, Seen> whatItSees(CountDownLatch started) {
    return sql -> {
      started.countDown();
      return sql.query(
              "SELECT pg_backend_pid(), current_user, current_setting('search_path'),"
                  + " current_setting('transaction_read_only'),"
                  + " (SELECT array_agg(first_name ORDER BY first_name) FROM candidate)::text",
              rs ->
                  new Seen(
                      rs.getInt(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5) == null
                          ? List.of()
                          : List.of(rs.getString(5).replaceAll("[{}]", "").split(","))))
          .get(0);
    };
  }

  @Test
  default void aReadAsideSeesItsTerritoryOnlyAndCannotWrite() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantScope bari = territories.scope(territories.ensure("arq-aside-a"));
    TenantScope lecce = territories.scope(territories.ensure("arq-aside-b"));
    work.inTransaction(bari, em -> insert(em, "Anna"));
    work.inTransaction(lecce, em -> insert(em, "Lucia"));

    Object[] result =
        work.inTransaction(
            bari,
            em -> {
              int callers = backend(em);
              CountDownLatch started = new CountDownLatch(1);
              ParallelReads.Pending<Seen> read =
                  Beans.get(ParallelReads.class).start(whatItSees(started));
              // Left alone until a helper has it, so that it does run aside.
              await(started);
              Seen seen = read.join();
              return new Object[] {callers, seen, read.ranAside()};
            });
    Seen seen = (Seen) result[1];
    assertTrue((Boolean) result[2], "a helper thread ran the read");
    assertNotEquals(result[0], seen.backend(), "on a connection of its own");
    TenantId tenant = bari.tenant();
    assertEquals(tenant.roleName(), seen.role());
    assertEquals("\"" + tenant.schemaName() + "\"", seen.searchPath());
    assertEquals("on", seen.readOnly());
    assertEquals(List.of("Anna"), seen.names(), "its territory's people, not the other's");

    // Another territory's table by its schema's name, and a write: both refused.
    TenantId other = lecce.tenant();
    assertEquals(
        "42501",
        refusedAside(
            work,
            bari,
            sql ->
                sql.query(
                    "SELECT count(*) FROM \"" + other.schemaName() + "\".candidate",
                    rs -> rs.getLong(1))),
        "permission denied on the other schema");
    assertEquals(
        "25006",
        refusedAside(
            work, bari, sql -> sql.update("DELETE FROM candidate WHERE first_name = 'Anna'")),
        "a read-only transaction");
    assertEquals(
        1L,
        work.count(bari, "SELECT count(*) FROM candidate WHERE first_name = 'Anna'"),
        "nothing was deleted");
  }

  @Test
  default void withNoHelperFreeTheCallerRunsTheReadOnItsOwnConnection() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantScope scope = territories.scope(territories.ensure("arq-aside-a"));
    CountDownLatch release = new CountDownLatch(1);
    Object[] result =
        work.inTransaction(
            scope,
            em -> {
              ParallelReads reads = Beans.get(ParallelReads.class);
              // Two reads that hold both places aside until released.
              List<ParallelReads.Pending<Integer>> holding = new ArrayList<>();
              List<CountDownLatch> started = new ArrayList<>();
              for (int i = 0; i < 2; i++) {
                CountDownLatch s = new CountDownLatch(1);
                started.add(s);
                holding.add(
                    reads.start(
                        sql -> {
                          s.countDown();
                          await(release);
                          return 1;
                        }));
              }
              started.forEach(ParallelReadCases::await);
              ParallelReads.Pending<Seen> third = reads.start(whatItSees(new CountDownLatch(1)));
              Seen seen = third.join();
              boolean thirdAside = third.ranAside();
              release.countDown();
              int held = 0;
              for (ParallelReads.Pending<Integer> h : holding) {
                held += h.join();
                assertTrue(h.ranAside());
              }
              return new Object[] {backend(em), seen, thirdAside, held};
            });
    Seen seen = (Seen) result[1];
    assertFalse((Boolean) result[2], "no place aside: the caller ran it");
    assertEquals(result[0], seen.backend(), "on the caller's own connection");
    assertEquals("off", seen.readOnly(), "in the caller's transaction");
    assertEquals(2, result[3]);
  }

  @Test
  default void aFailureAsideReachesTheCaller() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantScope scope = territories.scope(territories.ensure("arq-aside-a"));
    IllegalStateException failure = new IllegalStateException("la lettura non è riuscita");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                work.inTransaction(
                    scope,
                    em ->
                        aside(
                            sql -> {
                              throw failure;
                            })));
    assertSame(failure, thrown);
  }

  /** The SQL state of the refusal of a read run aside in a transaction of the territory. */
  private static String refusedAside(
      TenantWork work, TenantScope scope, Function<TenantSql, ?> read) {
    return assertThrows(
            TenantSql.SqlFailure.class, () -> work.inTransaction(scope, em -> aside(read)))
        .sqlState();
  }

  /** Starts a read aside, waits until a helper runs it, and returns its result. */
  private static <T> T aside(Function<TenantSql, T> read) {
    CountDownLatch started = new CountDownLatch(1);
    ParallelReads.Pending<T> pending =
        Beans.get(ParallelReads.class)
            .start(
                sql -> {
                  started.countDown();
                  return read.apply(sql);
                });
    await(started);
    T result = pending.join();
    assertTrue(pending.ranAside(), "a helper thread ran the read");
    return result;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "no helper thread took the read");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int backend(EntityManager em) {
    return ((Number) em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue();
  }

  private static Object insert(EntityManager em, String name) {
    return em.createNativeQuery(
            "INSERT INTO candidate (first_name, last_name, birth_date, gender, citizenship,"
                + " status, status_changed_at, registered_at)"
                + " VALUES (?1, 'Prova', DATE '1990-01-01', 'FEMALE', 'IT', 'REGISTERED', now(),"
                + " now())")
        .setParameter(1, name)
        .executeUpdate();
  }
}
