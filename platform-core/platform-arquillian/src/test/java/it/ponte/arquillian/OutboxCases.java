package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.event.CompanyJoinedBoard;
import it.ponte.api.tenant.TenantId;
import it.ponte.arquillian.probe.ProbePlugin;
import it.ponte.arquillian.probe.ProbeScript;
import it.ponte.events.application.DomainEvents;
import it.ponte.extension.application.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivers each committed event to a plugin's listener once in effect: a listener that
 * throws, or stalls in the database past the statement timeout, has its writes rolled back with the
 * attempt and gets the event again later; an event whose transaction rolled back is never
 * delivered; one territory's failing listener does not hold up another's.
 */
interface OutboxCases {

  @Test
  default void eachCommittedEventTakesEffectOnceThroughFailuresStallsAndRollbacks()
      throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    DomainEvents events = Beans.get(DomainEvents.class);
    TenantId troubled = territories.ensure("arq-outbox-guasto");
    TenantId healthy = territories.ensure("arq-outbox-sano");
    territories.enable(troubled, ProbePlugin.ID);
    territories.enable(healthy, ProbePlugin.ID);
    Map<TenantId, TenantScope> scopes =
        Map.of(troubled, territories.scope(troubled), healthy, territories.scope(healthy));
    // The troubled territory's listener, each time after writing its row: stalls once in the
    // database past the statement timeout (4 s here), waits once past the delivery timeout (3 s
    // here), throws twice - four failed attempts whose rows must vanish.
    ProbeScript.failNext(troubled.value(), 2);
    ProbeScript.stallNext(troubled.value(), 1);
    ProbeScript.hangNext(troubled.value(), 1);
    int committedPerTerritory = 12;

    List<Concurrently.Task> writes = new ArrayList<>();
    for (TenantId tenant : List.of(troubled, healthy)) {
      for (int i = 0; i < committedPerTerritory + 4; i++) {
        long aggregate = i;
        boolean rollBack = i >= committedPerTerritory;
        writes.add(
            () -> {
              try {
                work.inTransaction(
                    scopes.get(tenant),
                    em -> {
                      events.publish(new CompanyJoinedBoard(aggregate, LocalDate.now()));
                      if (rollBack) {
                        throw new TenantTransactionCases.Rollback();
                      }
                      return null;
                    });
              } catch (TenantTransactionCases.Rollback expected) {
                // the event goes with its transaction
              }
            });
      }
    }
    assertEquals(List.of(), Beans.get(Concurrently.class).run(8, writes));

    for (TenantId tenant : List.of(troubled, healthy)) {
      TenantScope scope = scopes.get(tenant);
      assertEquals(
          committedPerTerritory,
          work.count(scope, "SELECT count(*) FROM outbox_event"),
          "only committed events are in the outbox of " + tenant);
      awaitDelivered(work, scope, 90);
      assertEquals(
          committedPerTerritory,
          work.count(scope, "SELECT count(*) FROM probe_seen"),
          "one effect per event in " + tenant);
      assertEquals(
          committedPerTerritory,
          work.count(scope, "SELECT count(DISTINCT event_id) FROM probe_seen"),
          "every event of " + tenant + " took effect");
      assertEquals(
          0L,
          work.count(
              scope,
              "SELECT count(*) FROM probe_seen s WHERE NOT EXISTS"
                  + " (SELECT 1 FROM outbox_event e WHERE e.id = s.event_id)"),
          "nothing delivered in " + tenant + " that is not in its outbox");
      assertEquals(
          0L,
          work.count(
              scope,
              "SELECT count(*) FROM probe_seen WHERE tenant <> '"
                  + tenant.value()
                  + "' OR db_role <> '"
                  + tenant.roleName()
                  + "'"),
          "every delivery in " + tenant + " ran as " + tenant);
      assertEquals(
          0L,
          work.count(
              scope,
              "SELECT count(*) FROM plugin_cursor WHERE attempts <> 0 OR last_error IS NOT NULL"),
          "the cursor of " + tenant + " is clear once delivered");
    }
    assertEquals(
        committedPerTerritory + 4,
        ProbeScript.attempts(troubled.value()),
        "the four failed attempts happened and were retried");
    assertEquals(committedPerTerritory, ProbeScript.attempts(healthy.value()));
  }

  /** Waits until the probe's cursor has passed the last event of the territory's outbox. */
  private static void awaitDelivered(TenantWork work, TenantScope scope, int seconds)
      throws InterruptedException {
    long until = System.currentTimeMillis() + seconds * 1_000L;
    String pending =
        "SELECT count(*) FROM outbox_event WHERE seq >"
            + " (SELECT last_seq FROM plugin_cursor WHERE plugin_id = '"
            + ProbePlugin.ID
            + "')";
    while (work.count(scope, pending) > 0) {
      assertTrue(
          System.currentTimeMillis() < until,
          "events of "
              + scope.tenant()
              + " still pending after "
              + seconds
              + " s: "
              + work.value(
                  scope,
                  "SELECT coalesce(last_error, 'no error') FROM plugin_cursor WHERE plugin_id = '"
                      + ProbePlugin.ID
                      + "'"));
      Thread.sleep(250);
    }
  }
}
