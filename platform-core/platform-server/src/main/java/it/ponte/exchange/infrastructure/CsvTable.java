package it.ponte.exchange.infrastructure;

import it.ponte.exchange.domain.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read a row at a time (RFC 4180: quoted cells may hold the delimiter, quotes doubled
 * and line breaks). UTF-8, with or without the byte-order mark spreadsheets write; the delimiter is
 * a comma or, as an Italian-locale spreadsheet saves it, a semicolon - whichever the header has
 * more of outside quotes.
 */
public final class CsvTable implements Table {

  private final Reader in;
  private final char delimiter;
  private final List<String> header;
  private int row = 1;
  private int line = 1;

  public CsvTable(InputStream stream) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.in = new BufferedReader(new InputStreamReader(stream, decoder), 64 * 1024);
    in.mark(64 * 1024);
    String first = firstLine();
    in.reset();
    if (first.startsWith("\uFEFF")) {
      in.skip(1);
      first = first.substring(1);
    }
    this.delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
    List<String> cells = record();
    if (cells == null || cells.stream().allMatch(String::isBlank)) {
      throw new UnreadableFileException("The file is empty: the first row must name the columns.");
    }
    this.header = cells.stream().map(String::strip).toList();
  }

  /** The delimiter found in the header. */
  public char delimiter() {
    return delimiter;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public List<String> next() throws IOException {
    while (true) {
      int startLine = line;
      List<String> cells = record();
      if (cells == null) {
        return null;
      }
      row = startLine;
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      while (cells.size() < header.size()) {
        cells.add("");
      }
      return cells;
    }
  }

  @Override
  public int rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private String firstLine() throws IOException {
    StringBuilder first = new StringBuilder();
    int c;
    while ((c = read()) >= 0 && c != '\n' && first.length() < 60_000) {
      first.append((char) c);
    }
    return first.toString();
  }

  private static int count(String line, char wanted) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == wanted && !quoted) {
        n++;
      }
    }
    return n;
  }

  /** The next record's cells, or null at the end of the file. */
  private List<String> record() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (c < 0) {
        if (quoted) {
          throw new UnreadableFileException(
              "A quoted cell opened on line " + row + " is never closed.");
        }
        cells.add(cell.toString());
        return cells;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int next = read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            c = next;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
      } else if (ch == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (ch == '\r') {
        // A CRLF line end: the \n that follows ends the record.
      } else if (ch == '\n') {
        line++;
        cells.add(cell.toString());
        return cells;
      } else {
        cell.append(ch);
      }
      c = read();
    }
  }

  private int read() throws IOException {
    try {
      return in.read();
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "The file is not UTF-8 text (near line "
              + line
              + "): save it as \"CSV UTF-8\" or as an Excel workbook.");
    }
  }
}
