package it.ponte.exchange.application;

/**
 * A row read and checked, with its key and what it says, on its way to the store.
 *
 * @param recordId the record it updates; for a new record, set by the store once written
 */
public final class Bound<R> {

  private final Row row;
  private final String key;
  private final String hash;
  private final R value;
  private Long recordId;

  public Bound(Row row, String key, String hash, R value, Long recordId) {
    this.row = row;
    this.key = key;
    this.hash = hash;
    this.value = value;
    this.recordId = recordId;
  }

  public Row row() {
    return row;
  }

  public String key() {
    return key;
  }

  public String hash() {
    return hash;
  }

  public R value() {
    return value;
  }

  public Long recordId() {
    return recordId;
  }

  public void written(long id) {
    this.recordId = id;
  }

  /** Whether it is still fit to write: no error so far. */
  public boolean ok() {
    return !row.hasErrors();
  }
}
