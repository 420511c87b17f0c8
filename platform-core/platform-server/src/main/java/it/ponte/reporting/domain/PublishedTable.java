package it.ponte.reporting.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * A federated table as it leaves the platform: per group (territory or region) and column, the
 * published figure or {@code null} where it is suppressed, with row, column and grand totals each
 * protected on its own (so they need not add up). Built only through the cell-key method.
 *
 * @param rowTotalsPublished false where the columns are different figures that add up to nothing
 */
public record PublishedTable(
    String id,
    String title,
    List<String> columns,
    List<Row> rows,
    Row totals,
    boolean rowTotalsPublished) {

  /** One group's figures; a {@code null} figure is suppressed. */
  public record Row(String group, List<Long> cells, Long total) {
    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  /**
   * Counts of one dataset split by columns that partition it (an "unknown" column where needed).
   */
  public static PublishedTable counts(
      String id,
      String title,
      String dataset,
      List<String> groups,
      List<String> columns,
      CellRecords[][] cells,
      CellKeyMethod method) {
    List<Row> rows = new ArrayList<>();
    CellRecords[] columnTotals = new CellRecords[columns.size()];
    CellRecords grand = new CellRecords();
    for (int c = 0; c < columns.size(); c++) {
      columnTotals[c] = new CellRecords();
    }
    for (int r = 0; r < groups.size(); r++) {
      List<Long> published = new ArrayList<>();
      CellRecords rowTotal = new CellRecords();
      for (int c = 0; c < columns.size(); c++) {
        published.add(value(method.count(dataset, cells[r][c])));
        rowTotal.addAll(cells[r][c]);
        columnTotals[c].addAll(cells[r][c]);
      }
      grand.addAll(rowTotal);
      rows.add(new Row(groups.get(r), published, value(method.count(dataset, rowTotal))));
    }
    List<Long> totals = new ArrayList<>();
    for (CellRecords t : columnTotals) {
      totals.add(value(method.count(dataset, t)));
    }
    return new PublishedTable(
        id,
        title,
        List.copyOf(columns),
        List.copyOf(rows),
        new Row("", totals, value(method.count(dataset, grand))),
        true);
  }

  /**
   * Different figures side by side (a plugin's): each column holds {@link CellRecords} (a count) or
   * {@link EuroRecords} (a euro sum); no row or grand totals.
   */
  public static PublishedTable figures(
      String id,
      String title,
      String dataset,
      List<String> groups,
      List<String> columns,
      Object[][] cells,
      CellKeyMethod method) {
    List<Row> rows = new ArrayList<>();
    Object[] columnTotals = new Object[columns.size()];
    for (int r = 0; r < groups.size(); r++) {
      List<Long> published = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        Object cell = cells[r][c];
        published.add(value(publish(method, dataset, cell)));
        if (cell instanceof CellRecords n) {
          columnTotals[c] =
              (columnTotals[c] == null ? new CellRecords() : (CellRecords) columnTotals[c])
                  .addAll(n);
        } else if (cell instanceof EuroRecords e) {
          columnTotals[c] =
              (columnTotals[c] == null ? new EuroRecords() : (EuroRecords) columnTotals[c])
                  .addAll(e);
        }
      }
      rows.add(new Row(groups.get(r), published, null));
    }
    List<Long> totals = new ArrayList<>();
    for (Object t : columnTotals) {
      totals.add(value(publish(method, dataset, t)));
    }
    return new PublishedTable(
        id, title, List.copyOf(columns), List.copyOf(rows), new Row("", totals, null), false);
  }

  private static OptionalLong publish(CellKeyMethod method, String dataset, Object cell) {
    if (cell instanceof EuroRecords e) {
      return method.euros(dataset, e);
    }
    if (cell instanceof CellRecords n) {
      return method.count(dataset, n);
    }
    return OptionalLong.of(0);
  }

  private static Long value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }
}
