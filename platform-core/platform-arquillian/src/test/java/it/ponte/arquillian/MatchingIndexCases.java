package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.TenantScope;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.matching.infrastructure.CandidateProfileIndex;
import it.ponte.tenancy.domain.TenantSchemas;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-memory copy of the people in protocol that matching ranks: up to date with every committed
 * change at each use - including a transaction that was still open during the previous update and
 * commits after it - and never holding anything of a schema that was dropped and made anew under
 * the same territory id.
 */
interface MatchingIndexCases {

  @Test
  default void theCopyFollowsEveryCommitEvenOneThatWasOpenDuringTheLastUpdate() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId tenant = territories.ensure("arq-indice");
    TenantScope scope = territories.scope(tenant);
    long first = insertInProtocol(work, scope, "Prima");
    assertEquals(Set.of(first), ids(work, scope));

    // A transaction that is open while the copy is updated and commits afterwards.
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    long[] late = new long[1];
    List<Concurrently.Task> slow =
        List.of(
            () ->
                work.inTransaction(
                    scope,
                    em -> {
                      late[0] = insert(em, "Ritardataria");
                      inserted.countDown();
                      try {
                        release.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    Thread writer =
        new Thread(
            () -> {
              try {
                Beans.get(Concurrently.class).run(1, slow);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    writer.start();
    inserted.await(30, TimeUnit.SECONDS);
    long second = insertInProtocol(work, scope, "Seconda");
    assertEquals(Set.of(first, second), ids(work, scope), "the open transaction is not seen yet");
    release.countDown();
    writer.join(30_000);
    work.inTransaction(
        scope,
        em ->
            em.createNativeQuery("UPDATE candidate SET status = 'OUT_OF_PROTOCOL' WHERE id = ?1")
                .setParameter(1, first)
                .executeUpdate());

    assertEquals(
        Set.of(second, late[0]),
        ids(work, scope),
        "the late commit is in, the person taken out of protocol is out");
  }

  @Test
  default void aTerritoryMadeAnewUnderTheSameIdStartsFromNothing() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId tenant = territories.ensure("arq-indice-nuovo");
    long before = insertInProtocol(work, territories.scope(tenant), "Vecchia");
    assertEquals(Set.of(before), ids(work, territories.scope(tenant)));

    Beans.get(TenantSchemas.class).drop(tenant);
    territories.ensure("arq-indice-nuovo");
    TenantScope anew = territories.scope(tenant);
    long after = insertInProtocol(work, anew, "Nuova");

    assertEquals(Set.of(after), ids(work, anew), "nothing of the dropped schema stays");
  }

  private static long insertInProtocol(TenantWork work, TenantScope scope, String name) {
    return work.inTransaction(scope, em -> insert(em, name));
  }

  private static long insert(EntityManager em, String name) {
    return ((Number)
            em.createNativeQuery(
                    "INSERT INTO candidate (first_name, last_name, birth_date, gender,"
                        + " citizenship, status, status_changed_at, registered_at)"
                        + " VALUES (?1, 'Prova', DATE '1990-01-01', 'FEMALE', 'IT',"
                        + " 'IN_PROTOCOL', now(), now()) RETURNING id")
                .setParameter(1, name)
                .getSingleResult())
        .longValue();
  }

  private static Set<Long> ids(TenantWork work, TenantScope scope) {
    CandidateProfileIndex index = Beans.get(CandidateProfileIndex.class);
    return work.inTransaction(
        scope,
        em -> {
          try {
            Set<Long> ids = new TreeSet<>();
            for (CandidateProfile p :
                index.inProtocol(scope.tenant(), em.unwrap(Connection.class))) {
              ids.add(p.id());
            }
            return ids;
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
