package it.ponte.reporting.domain;

import java.util.List;
import java.util.Objects;

/**
 * Counts by row (territory or region) and column (category), published with their row totals,
 * column totals and grand total. A cell may be marked suppressed by disclosure control; a
 * suppressed cell is never shown as a number.
 */
public final class CountTable {

  private final String title;
  private final List<String> rows;
  private final List<String> columns;
  private final long[][] cells;
  private final long[] rowTotals;
  private final long[] columnTotals;
  private final long grandTotal;
  final boolean[][] hiddenCells;
  final boolean[] hiddenRowTotals;
  final boolean[] hiddenColumnTotals;
  boolean hiddenGrandTotal;
  private boolean rowTotalsPublished = true;

  /**
   * @param rowTotals the published total of each row; they may exceed the sum of the cells only
   *     when the columns do not cover every case, which callers avoid: the columns partition the
   *     row (an "other"/"unknown" column when needed)
   */
  public CountTable(String title, List<String> rows, List<String> columns, long[][] cells) {
    this.title = Objects.requireNonNull(title);
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    if (cells.length != rows.size()) {
      throw new IllegalArgumentException("One row of cells per row label");
    }
    this.cells = new long[rows.size()][];
    this.rowTotals = new long[rows.size()];
    this.columnTotals = new long[columns.size()];
    long grand = 0;
    for (int r = 0; r < rows.size(); r++) {
      if (cells[r].length != columns.size()) {
        throw new IllegalArgumentException("One cell per column in row " + rows.get(r));
      }
      this.cells[r] = cells[r].clone();
      for (int c = 0; c < columns.size(); c++) {
        if (cells[r][c] < 0) {
          throw new IllegalArgumentException("Counts are not negative");
        }
        rowTotals[r] += cells[r][c];
        columnTotals[c] += cells[r][c];
      }
      grand += rowTotals[r];
    }
    this.grandTotal = grand;
    this.hiddenCells = new boolean[rows.size()][columns.size()];
    this.hiddenRowTotals = new boolean[rows.size()];
    this.hiddenColumnTotals = new boolean[columns.size()];
  }

  /**
   * Marks the row totals as not published (their categories do not add up to anything, like a
   * plugin's different metrics): disclosure control then gets nothing from them.
   */
  public CountTable withoutRowTotals() {
    java.util.Arrays.fill(hiddenRowTotals, true);
    hiddenGrandTotal = true;
    rowTotalsPublished = false;
    return this;
  }

  public boolean rowTotalsPublished() {
    return rowTotalsPublished;
  }

  public String title() {
    return title;
  }

  public List<String> rows() {
    return rows;
  }

  public List<String> columns() {
    return columns;
  }

  public long cell(int row, int column) {
    return cells[row][column];
  }

  public long rowTotal(int row) {
    return rowTotals[row];
  }

  public long columnTotal(int column) {
    return columnTotals[column];
  }

  public long grandTotal() {
    return grandTotal;
  }

  public boolean cellSuppressed(int row, int column) {
    return hiddenCells[row][column];
  }

  public boolean rowTotalSuppressed(int row) {
    return hiddenRowTotals[row];
  }

  public boolean columnTotalSuppressed(int column) {
    return hiddenColumnTotals[column];
  }

  public boolean grandTotalSuppressed() {
    return hiddenGrandTotal;
  }
}
