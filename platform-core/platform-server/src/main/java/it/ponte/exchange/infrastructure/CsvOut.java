package it.ponte.exchange.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as the import reads it: UTF-8, comma-separated, a cell quoted when it holds a comma, a quote
 * or a line break; instants ISO-8601 with their offset, dates {@code YYYY-MM-DD}, decimals with a
 * point. The stream it writes to is left open.
 */
final class CsvOut {

  private final Writer out;

  CsvOut(OutputStream stream) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  void flush() throws IOException {
    out.flush();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text;
    if (value instanceof java.sql.Timestamp ts) {
      text = ts.toInstant().toString();
    } else if (value instanceof BigDecimal d) {
      text = d.stripTrailingZeros().toPlainString();
    } else {
      text = value.toString();
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
