package it.ponte.exchange.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The territory's imports and their outcomes. */
public interface ImportRuns {

  /** Records an import asked for; it waits to run. */
  long queue(ImportKind kind, boolean dryRun, String filename, String by, OffsetDateTime at);

  void running(long id);

  /** Records how it ended. */
  void finish(long id, ImportRun.Status status, Outcome outcome, OffsetDateTime at);

  Optional<ImportRun> find(long id);

  /**
   * Marks as failed the runs left queued or running by a server that stopped: those past a grace
   * period while no import of the territory holds its lock. Their transaction was rolled back with
   * the server, so nothing of them was written.
   */
  void failAbandoned();

  /** The newest first. */
  List<ImportRun> list(int offset, int limit);

  long count();

  /** What reading a file found and did. */
  record Outcome(
      int rows,
      int created,
      int updated,
      int unchanged,
      int errorCount,
      List<ImportError> errors) {}
}
