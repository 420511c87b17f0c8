package it.ponte.exchange.application;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import it.ponte.exchange.domain.ImportRun;
import it.ponte.exchange.domain.ImportRuns.Outcome;
import it.ponte.exchange.domain.Table;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads a file and writes what it says in one transaction: rows are read a chunk at a time, checked
 * as the API checks them, matched by key to what earlier imports wrote (new, changed, unchanged)
 * and written in batches. The transaction is rolled back at the end if any row had an error or the
 * run is a dry run, so a file is written whole or not at all, and a dry run finds exactly what a
 * real run would (a reference to a row earlier in the same file included). Imports of one territory
 * take turns; two territories import at once.
 */
@ApplicationScoped
public class Importer {

  /** Rows read, checked and written together. */
  static final int CHUNK = 1000;

  @Inject @Any Instance<RowBinding<?>> bindings;

  @Inject @Any Instance<KindStore<?>> stores;

  @Inject ImportRecords records;

  @Inject TenantSql sql;

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Runs the import of one file.
   *
   * @param progress told the number of rows processed after each chunk
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome run(
      long runId,
      ImportKind kind,
      boolean dryRun,
      Table table,
      TenantDescriptor territory,
      String actor,
      IntConsumer progress)
      throws IOException {
    // A file may take a while, and may wait for the territory's previous one: no statement limit.
    sql.update("SET LOCAL statement_timeout = 0");
    sql.update("SET LOCAL lock_timeout = 0");
    // One import of a territory at a time: two would race for the same external ids.
    sql.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':import'))", rs -> 1);
    Errors errors = new Errors();
    Map<String, Integer> columns = columns(kind, table.header(), errors);
    if (errors.count > 0) {
      transactions.setRollbackOnly();
      return errors.outcome(0, 0, 0, 0);
    }
    RowBinding<Object> binding = binding(kind);
    KindStore<Object> store = store(kind);
    ImportScope scope = new ImportScope(runId, actor, territory, OffsetDateTime.now());
    int rows = 0;
    int[] counts = new int[3];
    List<Row> chunk = new ArrayList<>(CHUNK);
    List<String> read;
    while ((read = table.next()) != null) {
      List<String> cells = read;
      Map<String, String> byColumn = new HashMap<>();
      columns.forEach(
          (name, index) -> byColumn.put(name, index < cells.size() ? cells.get(index) : ""));
      chunk.add(new Row(kind, table.rowNumber(), byColumn, scope.zone()));
      rows++;
      if (chunk.size() == CHUNK) {
        apply(kind, chunk, binding, store, scope, counts, errors);
        chunk.clear();
        progress.accept(rows);
      }
    }
    if (!chunk.isEmpty()) {
      apply(kind, chunk, binding, store, scope, counts, errors);
      progress.accept(rows);
    }
    if (errors.count > 0 || dryRun) {
      transactions.setRollbackOnly();
    }
    return errors.outcome(rows, counts[0], counts[1], counts[2]);
  }

  private void apply(
      ImportKind kind,
      List<Row> chunk,
      RowBinding<Object> binding,
      KindStore<Object> store,
      ImportScope scope,
      int[] counts,
      Errors errors) {
    List<Bound<Object>> bound = new ArrayList<>(chunk.size());
    for (Row row : chunk) {
      String key = binding.key(row);
      Object value = binding.bind(row, scope.territory());
      bound.add(new Bound<>(row, key, row.hash(), value, null));
    }
    Set<String> keys = new HashSet<>();
    for (Bound<Object> b : bound) {
      if (b.key() != null) {
        keys.add(b.key());
      }
    }
    Map<String, ImportRecords.Known> known = records.find(kind, keys);
    List<Bound<Object>> creates = new ArrayList<>();
    List<Bound<Object>> updates = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> inChunk = new HashSet<>();
    String keyColumn = kind.keyColumn() == null ? kind.columns().get(0) : kind.keyColumn();
    for (Bound<Object> b : bound) {
      if (b.key() == null) {
        continue;
      }
      ImportRecords.Known k = known.get(b.key());
      if (!inChunk.add(b.key()) || (k != null && k.runId() == scope.runId())) {
        b.row().error(keyColumn, ImportError.DUPLICATE, "is on another row of this file too");
        continue;
      }
      if (!b.ok()) {
        continue;
      }
      if (k == null) {
        creates.add(b);
      } else if (k.hash().equals(b.hash())) {
        unchanged.add(b.key());
      } else {
        updates.add(new Bound<>(b.row(), b.key(), b.hash(), b.value(), k.recordId()));
      }
    }
    store.write(creates, updates, scope);
    List<ImportRecords.Entry> created = new ArrayList<>();
    for (Bound<Object> b : creates) {
      if (b.ok() && b.recordId() != null) {
        created.add(new ImportRecords.Entry(b.key(), b.recordId(), b.hash()));
      }
    }
    List<ImportRecords.Entry> updated = new ArrayList<>();
    for (Bound<Object> b : updates) {
      if (b.ok()) {
        updated.add(new ImportRecords.Entry(b.key(), b.recordId(), b.hash()));
      }
    }
    records.remember(kind, created, updated, scope.runId());
    records.seen(kind, unchanged, scope.runId());
    counts[0] += created.size();
    counts[1] += updated.size();
    counts[2] += unchanged.size();
    for (Row row : chunk) {
      row.errors().forEach(errors::add);
    }
  }

  /** The index of each known column; unknown, repeated and missing required ones are errors. */
  private static Map<String, Integer> columns(ImportKind kind, List<String> header, Errors errors) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isEmpty()) {
        continue;
      }
      if (!kind.columns().contains(name)) {
        errors.add(
            new ImportError(
                1,
                name,
                ImportError.UNKNOWN_COLUMN,
                "is not a column of " + kind.slug() + "; the columns are " + kind.columns()));
      } else if (columns.putIfAbsent(name, i) != null) {
        errors.add(new ImportError(1, name, ImportError.UNKNOWN_COLUMN, "is in the header twice"));
      }
    }
    for (String required : kind.columns()) {
      if (kind.required().contains(required) && !columns.containsKey(required)) {
        errors.add(
            new ImportError(
                1, required, ImportError.MISSING_COLUMN, "is required and not in the header"));
      }
    }
    return columns;
  }

  @SuppressWarnings("unchecked")
  private RowBinding<Object> binding(ImportKind kind) {
    for (RowBinding<?> b : bindings) {
      if (b.kind() == kind) {
        return (RowBinding<Object>) b;
      }
    }
    throw new IllegalStateException("No binding for " + kind);
  }

  @SuppressWarnings("unchecked")
  private KindStore<Object> store(ImportKind kind) {
    for (KindStore<?> s : stores) {
      if (s.kind() == kind) {
        return (KindStore<Object>) s;
      }
    }
    throw new IllegalStateException("No store for " + kind);
  }

  /** The errors found: the first {@link ImportRun#MAX_ERRORS} kept, all counted. */
  private static final class Errors {
    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    void add(ImportError error) {
      count++;
      if (kept.size() < ImportRun.MAX_ERRORS) {
        kept.add(error);
      }
    }

    Outcome outcome(int rows, int created, int updated, int unchanged) {
      return new Outcome(rows, created, updated, unchanged, count, List.copyOf(kept));
    }
  }
}
