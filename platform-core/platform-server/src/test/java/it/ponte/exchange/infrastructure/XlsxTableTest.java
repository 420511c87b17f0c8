package it.ponte.exchange.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.exchange.domain.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook as Excel writes one: shared strings, a date style, sparse cells, a boolean. */
class XlsxTableTest {

  @TempDir Path dir;

  private Path workbook(Map<String, String> parts) throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static final String NS =
      " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  @Test
  void readsTheFirstSheetAsText() throws IOException {
    Path file =
        workbook(
            Map.of(
                "xl/workbook.xml",
                "<workbook"
                    + NS
                    + "><sheets><sheet name=\"Foglio1\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>",
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/sharedStrings.xml",
                "<sst"
                    + NS
                    + "><si><t>externalId</t></si><si><t>birthDate</t></si>"
                    + "<si><r><t>has</t></r><r><t>Car</t></r></si><si><t>Nicolò</t></si></sst>",
                "xl/styles.xml",
                "<styleSheet"
                    + NS
                    + "><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                    + "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"22\"/>"
                    + "</cellXfs></styleSheet>",
                "xl/worksheets/sheet1.xml",
                "<worksheet"
                    + NS
                    + "><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                    + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>hours</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>32245</v></c>"
                    + "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\"><v>12.5</v></c></row>"
                    + "<row r=\"4\"><c r=\"A4\"><v>7</v></c><c r=\"D4\" s=\"2\"><v>45352.375</v></c></row>"
                    + "</sheetData></worksheet>"));
    try (XlsxTable table = new XlsxTable(file)) {
      assertThat(table.header()).containsExactly("externalId", "birthDate", "hasCar", "hours");
      assertThat(table.next()).containsExactly("Nicolò", "1988-04-12", "true", "12.5");
      assertThat(table.rowNumber()).isEqualTo(2);
      assertThat(table.next()).containsExactly("7", "", "", "2024-03-01T09:00:00");
      assertThat(table.rowNumber()).isEqualTo(4);
      assertThat(table.next()).isNull();
    }
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    Path file = dir.resolve("not.xlsx");
    Files.writeString(file, "externalId,firstName\n");
    assertThatThrownBy(() -> new XlsxTable(file))
        .isInstanceOf(Table.UnreadableFileException.class)
        .hasMessageContaining("not an Excel workbook");
  }

  @Test
  void columnLettersCountFromA() {
    assertThat(XlsxTable.columnOf("A1")).isZero();
    assertThat(XlsxTable.columnOf("Z9")).isEqualTo(25);
    assertThat(XlsxTable.columnOf("AA10")).isEqualTo(26);
  }
}
