package it.ponte.exchange.infrastructure;

import it.ponte.exchange.domain.Table;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an Excel workbook (Office Open XML, {@code .xlsx}), read a row at a time with
 * StAX: the sheet is never held whole, only its shared strings are. Cells come back as text: a
 * number as written without a trailing {@code .0}, a cell formatted as a date as {@code YYYY-MM-DD}
 * (with {@code THH:MM:SS} when it has a time), a boolean as {@code true} or {@code false}.
 */
public final class XlsxTable implements Table {

  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Excel's day zero in the 1900 date system (it counts a 29 February 1900 that never was). */
  private static final LocalDateTime EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

  private static final XMLInputFactory XML = xmlFactory();

  private final ZipFile zip;
  private final List<String> shared;
  private final Set<Integer> dateStyles;
  private final XMLStreamReader sheet;
  private final InputStream sheetStream;
  private final List<String> header;
  private int row;

  public XlsxTable(Path file) throws IOException {
    try {
      this.zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new UnreadableFileException("The file is not an Excel workbook (.xlsx).");
    }
    try {
      String sheetPath = firstSheet();
      this.shared = sharedStrings();
      this.dateStyles = dateStyles();
      ZipEntry entry = zip.getEntry(sheetPath);
      if (entry == null) {
        throw new UnreadableFileException("The workbook's first sheet is missing.");
      }
      this.sheetStream = zip.getInputStream(entry);
      this.sheet = XML.createXMLStreamReader(sheetStream);
      List<String> first = readRow();
      if (first == null || first.stream().allMatch(String::isBlank)) {
        throw new UnreadableFileException(
            "The first sheet is empty: its first row must name the columns.");
      }
      int last = first.size();
      while (last > 0 && first.get(last - 1).isBlank()) {
        last--;
      }
      this.header = first.subList(0, last).stream().map(String::strip).toList();
    } catch (XMLStreamException e) {
      zip.close();
      throw new UnreadableFileException("The workbook cannot be read: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public List<String> next() throws IOException {
    try {
      while (true) {
        List<String> cells = readRow();
        if (cells == null) {
          return null;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        while (cells.size() < header.size()) {
          cells.add("");
        }
        return cells;
      }
    } catch (XMLStreamException e) {
      throw new UnreadableFileException("The sheet cannot be read near row " + row + ".");
    }
  }

  @Override
  public int rowNumber() {
    return row;
  }

  @Override
  public void close() throws IOException {
    try {
      sheet.close();
    } catch (XMLStreamException e) {
      // Closing a reader of a closed stream; nothing is lost.
    }
    sheetStream.close();
    zip.close();
  }

  /** The next {@code <row>}'s cells by column, or null after the last. */
  private List<String> readRow() throws XMLStreamException {
    while (sheet.hasNext()) {
      int event = sheet.next();
      if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
        String r = sheet.getAttributeValue(null, "r");
        row = r == null ? row + 1 : Integer.parseInt(r);
        return cells();
      }
    }
    return null;
  }

  private List<String> cells() throws XMLStreamException {
    List<String> cells = new ArrayList<>();
    int nextColumn = 0;
    while (sheet.hasNext()) {
      int event = sheet.next();
      if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
        return cells;
      }
      if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
        String ref = sheet.getAttributeValue(null, "r");
        int column = ref == null ? nextColumn : columnOf(ref);
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        String value = cellValue();
        while (cells.size() < column) {
          cells.add("");
        }
        cells.add(text(value, type, style == null ? 0 : Integer.parseInt(style)));
        nextColumn = column + 1;
      }
    }
    return cells;
  }

  /** The raw value of the current {@code <c>}: its {@code <v>}, or the text of an inline string. */
  private String cellValue() throws XMLStreamException {
    StringBuilder value = new StringBuilder();
    boolean inValue = false;
    while (sheet.hasNext()) {
      int event = sheet.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = sheet.getLocalName();
        inValue = name.equals("v") || name.equals("t");
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (inValue) {
          value.append(sheet.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = sheet.getLocalName();
        if (name.equals("c")) {
          return value.toString();
        }
        if (name.equals("v") || name.equals("t")) {
          inValue = false;
        }
      }
    }
    return value.toString();
  }

  private String text(String value, String type, int style) {
    if (value.isEmpty()) {
      return "";
    }
    if ("s".equals(type)) {
      int index = Integer.parseInt(value.strip());
      return index < shared.size() ? shared.get(index) : "";
    }
    if ("b".equals(type)) {
      return "1".equals(value.strip()) ? "true" : "false";
    }
    if ("str".equals(type) || "inlineStr".equals(type) || "e".equals(type)) {
      return value;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return value;
    }
    if (dateStyles.contains(style)) {
      return date(number);
    }
    number = number.stripTrailingZeros();
    return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
  }

  /** A serial date: days since Excel's epoch, the fraction being the time of day. */
  private static String date(BigDecimal serial) {
    long days = serial.longValue();
    long seconds =
        serial
            .subtract(BigDecimal.valueOf(days))
            .multiply(BigDecimal.valueOf(86_400))
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .longValue();
    LocalDateTime at = EPOCH.plusDays(days).plusSeconds(seconds);
    if (seconds == 0) {
      return at.toLocalDate().toString();
    }
    return at.format(DATE_TIME);
  }

  static int columnOf(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }

  /** The path in the archive of the workbook's first sheet. */
  private String firstSheet() throws IOException, XMLStreamException {
    String relId = null;
    try (InputStream in = open("xl/workbook.xml")) {
      if (in == null) {
        throw new UnreadableFileException("The file is not an Excel workbook (.xlsx).");
      }
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      while (xml.hasNext() && relId == null) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
          relId = xml.getAttributeValue(REL_NS, "id");
        }
      }
    }
    if (relId == null) {
      throw new UnreadableFileException("The workbook has no sheet.");
    }
    try (InputStream in = open("xl/_rels/workbook.xml.rels")) {
      if (in != null) {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("Relationship")
              && relId.equals(xml.getAttributeValue(null, "Id"))) {
            String target = xml.getAttributeValue(null, "Target");
            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
          }
        }
      }
    }
    return "xl/worksheets/sheet1.xml";
  }

  private List<String> sharedStrings() throws IOException, XMLStreamException {
    List<String> strings = new ArrayList<>();
    try (InputStream in = open("xl/sharedStrings.xml")) {
      if (in == null) {
        return strings;
      }
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      StringBuilder item = null;
      boolean inText = false;
      boolean inPhonetic = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> item = new StringBuilder();
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "si" -> strings.add(item == null ? "" : item.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {}
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && inText
            && item != null) {
          item.append(xml.getText());
        }
      }
    }
    return strings;
  }

  /** The cell styles (indexes into {@code cellXfs}) whose number format shows a date. */
  private Set<Integer> dateStyles() throws IOException, XMLStreamException {
    Set<Integer> styles = new HashSet<>();
    try (InputStream in = open("xl/styles.xml")) {
      if (in == null) {
        return styles;
      }
      Map<Integer, String> custom = new HashMap<>();
      XMLStreamReader xml = XML.createXMLStreamReader(in);
      boolean inCellXfs = false;
      int index = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "numFmt" ->
                custom.put(
                    Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                    xml.getAttributeValue(null, "formatCode"));
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
              if (inCellXfs) {
                String id = xml.getAttributeValue(null, "numFmtId");
                if (id != null && isDateFormat(Integer.parseInt(id), custom)) {
                  styles.add(index);
                }
                index++;
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    }
    return styles;
  }

  /** Excel's built-in date formats (14 to 22, 45 to 47) and custom ones with days or years. */
  static boolean isDateFormat(int id, Map<Integer, String> custom) {
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
      return true;
    }
    String code = custom.get(id);
    if (code == null) {
      return false;
    }
    String bare = code.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
    return bare.contains("d") || bare.contains("y");
  }

  private InputStream open(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    return entry == null ? null : zip.getInputStream(entry);
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // A workbook is a stranger's file: no DTDs, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
