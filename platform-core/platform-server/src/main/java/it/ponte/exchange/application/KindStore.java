package it.ponte.exchange.application;

import it.ponte.exchange.domain.ImportKind;
import java.util.List;

/**
 * Writes one kind's checked rows to the territory's tables, in the import's transaction, a chunk at
 * a time. It resolves the rows' references, applies the history checks that need what is stored (an
 * interview before the registration) - errors go on the rows, and a row with errors is not written
 * - and writes the rest in batches.
 *
 * @param <R> what a {@link RowBinding} made of a row
 */
public interface KindStore<R> {

  ImportKind kind();

  /**
   * Writes a chunk.
   *
   * @param creates rows for records no import wrote yet: the store sets each written one's id
   * @param updates rows that change a record an earlier import wrote ({@link Bound#recordId})
   */
  void write(List<Bound<R>> creates, List<Bound<R>> updates, ImportScope scope);
}
