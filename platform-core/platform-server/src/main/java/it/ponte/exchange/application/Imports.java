package it.ponte.exchange.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.exchange.domain.HistoryImported;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRun;
import it.ponte.exchange.domain.ImportRuns;
import it.ponte.exchange.domain.ImportRuns.Outcome;
import it.ponte.exchange.domain.Table;
import it.ponte.extension.application.TenantScope;
import it.ponte.extension.application.TenantScopes;
import it.ponte.identity.application.CallerContext;
import it.ponte.tenancy.application.TenantContext;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Historical imports of the request's territory: a file is queued, then read in the background by
 * the {@link Importer}; its run records the outcome. While a file is being read, its progress is
 * kept in memory by the server reading it.
 */
@ApplicationScoped
public class Imports {

  private static final Logger LOG = Logger.getLogger(Imports.class.getName());

  /** Opens an uploaded file as a table. */
  public interface Opener {
    Table open(Path file) throws IOException;
  }

  @Inject ImportRuns runs;

  @Inject Importer importer;

  @Inject RunStates states;

  @Inject TenantContext context;

  @Inject TenantScopes scopes;

  @Inject CallerContext caller;

  /** Told when history came in: figures computed before about past periods may have changed. */
  @Inject jakarta.enterprise.event.Event<HistoryImported> imported;

  @Resource ManagedExecutorService executor;

  private final Map<String, Integer> progress = new ConcurrentHashMap<>();

  /** Records an import asked for by the caller; {@link #launch} then runs it. */
  @Transactional
  public long queue(ImportKind kind, boolean dryRun, String filename) {
    return runs.queue(kind, dryRun, filename, caller.actor(), OffsetDateTime.now());
  }

  /**
   * Runs a queued import in the background. The file is deleted when the run ends.
   *
   * @param territory the request's territory, whose rules the rows are checked against
   */
  public void launch(
      long runId,
      ImportKind kind,
      boolean dryRun,
      Path file,
      Opener opener,
      TenantDescriptor territory) {
    TenantId tenant = context.tenant();
    TenantScope scope = scopes.of(tenant, territory);
    String actor = caller.actor();
    String progressKey = tenant.value() + "/" + runId;
    executor.submit(
        () ->
            scopes.call(
                scope,
                () -> {
                  run(runId, kind, dryRun, file, opener, territory, actor, progressKey);
                  return null;
                }));
  }

  private void run(
      long runId,
      ImportKind kind,
      boolean dryRun,
      Path file,
      Opener opener,
      TenantDescriptor territory,
      String actor,
      String progressKey) {
    progress.put(progressKey, 0);
    ImportRun.Status status;
    Outcome outcome;
    try {
      states.running(runId);
      try (Table table = opener.open(file)) {
        outcome =
            importer.run(
                runId, kind, dryRun, table, territory, actor, n -> progress.put(progressKey, n));
      }
      status = outcome.errorCount() == 0 ? ImportRun.Status.SUCCEEDED : ImportRun.Status.FAILED;
      if (status == ImportRun.Status.FAILED) {
        // Nothing was written: the figures of a failed run would only mislead.
        outcome = new Outcome(outcome.rows(), 0, 0, 0, outcome.errorCount(), outcome.errors());
      }
    } catch (Table.UnreadableFileException e) {
      status = ImportRun.Status.FAILED;
      outcome =
          new Outcome(
              0,
              0,
              0,
              0,
              1,
              List.of(new ImportError(0, null, ImportError.UNREADABLE, e.getMessage())));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + progressKey + " stopped", e);
      status = ImportRun.Status.FAILED;
      outcome =
          new Outcome(
              0,
              0,
              0,
              0,
              1,
              List.of(
                  new ImportError(
                      0,
                      null,
                      "internal-error",
                      "The import stopped on an unexpected error and wrote nothing; try again,"
                          + " and tell the platform's operators if it happens again.")));
    } finally {
      progress.remove(progressKey);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning("Could not delete the uploaded file " + file + ": " + e.getMessage());
      }
    }
    states.finish(runId, status, outcome);
    if (status == ImportRun.Status.SUCCEEDED && !dryRun) {
      imported.fire(new HistoryImported(territory.id().value()));
    }
  }

  /** The run's state, each change in a transaction of its own, beside the import's. */
  @ApplicationScoped
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public static class RunStates {

    @Inject ImportRuns runs;

    public void running(long runId) {
      runs.running(runId);
    }

    public void finish(long runId, ImportRun.Status status, Outcome outcome) {
      runs.finish(runId, status, outcome, OffsetDateTime.now());
    }
  }

  /** A run of the request's territory, with its progress while it runs here. */
  @Transactional
  public Optional<ImportRun> find(long id) {
    Optional<ImportRun> run = runs.find(id);
    if (run.isPresent() && unfinishedElsewhere(run.get())) {
      runs.failAbandoned();
      run = runs.find(id);
    }
    return run.map(this::withProgress);
  }

  @Transactional
  public List<ImportRun> list(int offset, int limit) {
    List<ImportRun> page = runs.list(offset, limit);
    if (page.stream().anyMatch(this::unfinishedElsewhere)) {
      runs.failAbandoned();
      page = runs.list(offset, limit);
    }
    return page.stream().map(this::withProgress).toList();
  }

  /**
   * Whether a run is queued or running but not read by this server: perhaps by another, perhaps by
   * one that stopped ({@link ImportRuns#failAbandoned} tells them apart). Reads of finished runs
   * write nothing.
   */
  private boolean unfinishedElsewhere(ImportRun run) {
    return (run.status() == ImportRun.Status.QUEUED || run.status() == ImportRun.Status.RUNNING)
        && !progress.containsKey(context.tenant().value() + "/" + run.id());
  }

  @Transactional
  public long count() {
    return runs.count();
  }

  private ImportRun withProgress(ImportRun run) {
    if (run.status() != ImportRun.Status.RUNNING) {
      return run;
    }
    Integer processed = progress.get(context.tenant().value() + "/" + run.id());
    return processed == null ? run : run.withProcessed(processed);
  }
}
