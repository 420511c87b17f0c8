package it.ponte.exchange.domain;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A file read as a table: one header row, then data rows, read one at a time. */
public interface Table extends Closeable {

  /** The header's cells, as written (stripped of surrounding spaces). */
  List<String> header();

  /**
   * The next data row, its cells in the header's order ("" for an empty cell); null at the end.
   * Rows whose cells are all empty are skipped.
   *
   * @throws UnreadableFileException if the file breaks off or is not what it claims to be
   */
  List<String> next() throws IOException;

  /** The spreadsheet's number of the row {@link #next} returned last (the header is row 1). */
  int rowNumber();

  /** A file that cannot be read as a table. */
  class UnreadableFileException extends IOException {
    public UnreadableFileException(String message) {
      super(message);
    }
  }
}
