package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.tenant.TenantId;
import it.ponte.arquillian.probe.ProbePlugin;
import it.ponte.extension.application.TenantScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plugin's scheduled task runs on the platform's own threads, once per territory that enabled the
 * plugin, each run bound to that territory: its tenant, its database role and its schema only - and
 * never in a territory that did not enable the plugin.
 */
interface BackgroundWorkCases {

  @Test
  default void scheduledTasksRunBoundToEachTerritoryThatEnabledThePlugin() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId alta = territories.ensure("arq-task-alta");
    TenantId bassa = territories.ensure("arq-task-bassa");
    TenantId spenta = territories.ensure("arq-task-spenta");
    territories.enable(alta, ProbePlugin.ID);
    territories.enable(bassa, ProbePlugin.ID);
    // Enabled and disabled again: its tables exist, but its task must not run any more.
    territories.enable(spenta, ProbePlugin.ID);
    territories.disable(spenta, ProbePlugin.ID);
    TenantScope spentaScope = territories.scope(spenta);
    long spentaRuns = work.count(spentaScope, "SELECT count(*) FROM probe_task");

    // The test platform runs tasks every second (ponte.plugins.task-seconds=1 in arquillian.xml).
    for (TenantId tenant : List.of(alta, bassa)) {
      TenantScope scope = territories.scope(tenant);
      long until = System.currentTimeMillis() + 30_000;
      while (work.count(scope, "SELECT count(*) FROM probe_task") < 3) {
        assertTrue(System.currentTimeMillis() < until, "three task runs in " + tenant + " in 30 s");
        Thread.sleep(250);
      }
      assertEquals(
          0L,
          work.count(
              scope,
              "SELECT count(*) FROM probe_task WHERE tenant <> '"
                  + tenant.value()
                  + "' OR db_role <> '"
                  + tenant.roleName()
                  + "' OR position('"
                  + tenant.schemaName()
                  + "' IN search_path) = 0"),
          "every run in " + tenant + " was bound to " + tenant);
    }
    assertTrue(
        work.count(spentaScope, "SELECT count(*) FROM probe_task") <= spentaRuns + 1,
        "a disabled plugin's task stops (one run may have been under way)");
  }
}
