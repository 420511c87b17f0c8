package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.tenant.TenantId;
import it.ponte.arquillian.probe.ProbePlugin;
import it.ponte.extension.application.PluginService;
import it.ponte.extension.application.TenantScope;
import it.ponte.extension.application.TenantScopes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Enabling and disabling a plugin while the territory's requests run: no request sees the plugin
 * enabled before its tables exist, a change made on this instance is seen by every request that
 * starts after it, and two administrators enabling at once both succeed with one plugin enabled.
 */
interface PluginEnablementCases {

  @Test
  default void requestsRacingWithTheFirstEnablementNeverSeeThePluginWithoutItsTables()
      throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantScopes scopes = Beans.get(TenantScopes.class);
    TenantId tenant = territories.ensure("arq-plugin-prima");
    territories.ensure("arq-plugin-altra");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger sawDisabled = new AtomicInteger();
    AtomicInteger sawEnabled = new AtomicInteger();

    List<Concurrently.Task> tasks = new ArrayList<>();
    for (int r = 0; r < 6; r++) {
      tasks.add(
          () -> {
            while (!done.get()) {
              TenantScope scope = scopes.of(tenant).orElseThrow();
              if (scope.enabled().containsKey(ProbePlugin.ID)) {
                // A request of the plugin: its table must be there.
                work.count(scope, "SELECT count(*) FROM probe_task");
                if (sawEnabled.incrementAndGet() >= 200) {
                  done.set(true);
                }
              } else {
                sawDisabled.incrementAndGet();
              }
            }
          });
    }
    tasks.add(
        () -> {
          try {
            while (sawDisabled.get() < 50) {
              Thread.sleep(5);
            }
            territories.enable(tenant, ProbePlugin.ID);
          } catch (RuntimeException | InterruptedException e) {
            done.set(true);
            throw e;
          }
        });
    List<Throwable> failures = Beans.get(Concurrently.class).run(7, tasks);

    assertEquals(List.of(), failures);
    assertTrue(sawDisabled.get() >= 50 && sawEnabled.get() >= 200, "both states were seen");
    TenantScope other = territories.scope(TenantId.of("arq-plugin-altra"));
    assertTrue(!other.enabled().containsKey(ProbePlugin.ID), "the other territory is untouched");
  }

  @Test
  default void aChangeMadeOnThisInstanceIsSeenByEveryRequestThatStartsAfterIt() throws Exception {
    Territories territories = Beans.get(Territories.class);
    PluginService plugins = Beans.get(PluginService.class);
    TenantId tenant = territories.ensure("arq-plugin-toggle");
    territories.enable(tenant, ProbePlugin.ID);
    AtomicBoolean done = new AtomicBoolean();
    List<String> stale = Collections.synchronizedList(new ArrayList<>());

    List<Concurrently.Task> tasks = new ArrayList<>();
    for (int r = 0; r < 6; r++) {
      tasks.add(
          () -> {
            while (!done.get()) {
              plugins.isEnabled(tenant, ProbePlugin.ID);
              plugins.everEnabled(tenant);
            }
          });
    }
    tasks.add(
        () -> {
          try {
            for (int round = 0; round < 40; round++) {
              boolean enable = round % 2 == 1;
              if (enable) {
                territories.enable(tenant, ProbePlugin.ID);
              } else {
                territories.disable(tenant, ProbePlugin.ID);
              }
              // Readers that were under way when the change committed finish meanwhile.
              Thread.sleep(20);
              if (plugins.isEnabled(tenant, ProbePlugin.ID) != enable) {
                stale.add("round " + round + ": still " + (enable ? "disabled" : "enabled"));
              }
            }
          } finally {
            done.set(true);
          }
        });
    List<Throwable> failures = Beans.get(Concurrently.class).run(7, tasks);

    assertEquals(List.of(), failures);
    assertEquals(List.of(), stale, "no request after a change saw the state before it");
  }

  @Test
  default void administratorsEnablingAtOnceAllSucceedWithThePluginEnabledOnce() throws Exception {
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    PluginService plugins = Beans.get(PluginService.class);
    TenantId tenant = territories.ensure("arq-plugin-insieme");

    List<Concurrently.Task> enables = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      enables.add(() -> territories.enable(tenant, ProbePlugin.ID));
    }
    List<Throwable> failures = Beans.get(Concurrently.class).run(3, enables);

    assertEquals(List.of(), failures);
    assertTrue(plugins.isEnabled(tenant, ProbePlugin.ID));
    TenantScope scope = territories.scope(tenant);
    assertEquals(
        1L, work.count(scope, "SELECT count(*) FROM plugin_cursor WHERE plugin_id = 'it-probe'"));
    assertEquals(
        1L,
        work.count(scope, "SELECT count(*) FROM databasechangelog WHERE id = 'probe-0001'"),
        "the plugin's changeset ran once");
    assertEquals(
        0L,
        work.count(
            scope, "SELECT count(*) FROM probe_task WHERE tenant <> '" + tenant.value() + "'"));
  }
}
