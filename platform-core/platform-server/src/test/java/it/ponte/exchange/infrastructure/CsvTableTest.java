package it.ponte.exchange.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.exchange.domain.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static CsvTable csv(String text) throws IOException {
    return new CsvTable(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<List<String>> rows(Table table) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row;
    while ((row = table.next()) != null) {
      rows.add(row);
    }
    return rows;
  }

  @Test
  void readsCommaSeparatedRowsWithQuotes() throws IOException {
    CsvTable table =
        csv(
            "externalId,notes,lastName\r\nA1,\"says \"\"hi\"\", then, goes\",Rossi\r\nA2,,Bianchi\r\n");
    assertThat(table.delimiter()).isEqualTo(',');
    assertThat(table.header()).containsExactly("externalId", "notes", "lastName");
    assertThat(table.next()).containsExactly("A1", "says \"hi\", then, goes", "Rossi");
    assertThat(table.rowNumber()).isEqualTo(2);
    assertThat(table.next()).containsExactly("A2", "", "Bianchi");
    assertThat(table.rowNumber()).isEqualTo(3);
    assertThat(table.next()).isNull();
  }

  @Test
  void detectsTheSemicolonOfAnItalianSpreadsheetAndSkipsTheBom() throws IOException {
    CsvTable table = csv("\uFEFFexternalId;hoursPerWeek;notes\nP1;12,5;\"a; b\"\n");
    assertThat(table.delimiter()).isEqualTo(';');
    assertThat(table.header()).containsExactly("externalId", "hoursPerWeek", "notes");
    assertThat(rows(table)).containsExactly(List.of("P1", "12,5", "a; b"));
  }

  @Test
  void aCellWithALineBreakKeepsTheRowNumbersOfTheSpreadsheet() throws IOException {
    CsvTable table = csv("a,b\n1,\"two\nlines\"\n\n,,\n3,4\n");
    assertThat(table.next()).containsExactly("1", "two\nlines");
    assertThat(table.rowNumber()).isEqualTo(2);
    assertThat(table.next()).containsExactly("3", "4");
    assertThat(table.rowNumber()).isEqualTo(6);
  }

  @Test
  void shortRowsArePaddedWithEmptyCells() throws IOException {
    assertThat(rows(csv("a,b,c\n1\n"))).containsExactly(List.of("1", "", ""));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithAClearMessage() {
    byte[] latin1 = "a,b\nNicol\u00f2,1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> rows(new CsvTable(new ByteArrayInputStream(latin1))))
        .isInstanceOf(Table.UnreadableFileException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> csv("\n"))
        .isInstanceOf(Table.UnreadableFileException.class)
        .hasMessageContaining("name the columns");
  }
}
