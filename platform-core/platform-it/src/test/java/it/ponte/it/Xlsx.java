package it.ponte.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet Excel workbook, as a spreadsheet saves one: text as inline strings, numbers as
 * numbers, dates as serial numbers in a date-formatted cell.
 */
final class Xlsx {

  private Xlsx() {}

  static byte[] of(List<List<Object>> rows) {
    StringBuilder sheet =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        if (value == null) {
          continue;
        }
        String ref = (char) ('A' + c) + String.valueOf(r + 1);
        if (value instanceof LocalDate day) {
          long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day);
          sheet.append("<c r=\"%s\" s=\"1\"><v>%d</v></c>".formatted(ref, serial));
        } else if (value instanceof Number n) {
          sheet.append("<c r=\"%s\"><v>%s</v></c>".formatted(ref, n));
        } else if (value instanceof Boolean b) {
          sheet.append("<c r=\"%s\" t=\"b\"><v>%d</v></c>".formatted(ref, b ? 1 : 0));
        } else {
          sheet.append(
              "<c r=\"%s\" t=\"inlineStr\"><is><t>%s</t></is></c>".formatted(ref, escape(value)));
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
      put(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Foglio1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      put(
          zip,
          "xl/styles.xml",
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
      put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(Object value) {
    return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
