package it.ponte.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report: an id, a title saying what is counted, the column names and the rows.
 * Values are numbers or short labels; a percentage always comes with its numerator and denominator
 * in the same row.
 */
public record ReportTable(String id, String title, List<String> columns, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("Row " + row + " does not match " + columns);
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** The table as CSV: a comment line with id and title, the header, the rows (RFC 4180). */
  public String csv() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(id).append(": ").append(title).append("\r\n");
    out.append(line(new ArrayList<>(columns)));
    for (List<Object> row : rows) {
      out.append(line(row));
    }
    return out.toString();
  }

  private static String line(List<Object> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object v = values.get(i);
      line.append(v instanceof Number n ? n.toString() : cell(v == null ? "" : v.toString()));
    }
    return line.append("\r\n").toString();
  }

  /**
   * A text value as a CSV field that no spreadsheet runs: a value starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return (a formula to Excel and LibreOffice) gets
   * a leading apostrophe, and any field with a separator, quote or line break is quoted. Numbers
   * are written as they are, so a negative number stays a number.
   */
  public static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
