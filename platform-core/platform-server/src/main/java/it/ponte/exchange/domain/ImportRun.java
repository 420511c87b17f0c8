package it.ponte.exchange.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One import of one file: what it was asked to do, how far it got and what it found.
 *
 * @param rows the file's data rows, known once it has been read
 * @param errors the first {@link #MAX_ERRORS} errors
 * @param errorCount all errors, also those past the first {@link #MAX_ERRORS}
 */
public record ImportRun(
    long id,
    ImportKind kind,
    boolean dryRun,
    Status status,
    String filename,
    int rows,
    int processed,
    int created,
    int updated,
    int unchanged,
    int errorCount,
    List<ImportError> errors,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime finishedAt) {

  /** The most errors a run keeps. */
  public static final int MAX_ERRORS = 1000;

  /** Where a run is. */
  public enum Status {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /** The same run with the progress of a file being read. */
  public ImportRun withProcessed(int processedRows) {
    return new ImportRun(
        id,
        kind,
        dryRun,
        Status.RUNNING,
        filename,
        rows,
        processedRows,
        created,
        updated,
        unchanged,
        errorCount,
        errors,
        createdAt,
        createdBy,
        finishedAt);
  }
}
