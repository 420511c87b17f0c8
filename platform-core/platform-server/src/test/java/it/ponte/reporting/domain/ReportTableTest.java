package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  @Test
  void formulasInTextNeverReachASpreadsheetAsFormulas() {
    assertThat(ReportTable.cell("=HYPERLINK(\"http://evil\",\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(ReportTable.cell("+39 051")).isEqualTo("'+39 051");
    assertThat(ReportTable.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(ReportTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ReportTable.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(ReportTable.cell("\r=1")).isEqualTo("\"'\r=1\"");
    assertThat(ReportTable.cell("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(ReportTable.cell("Officine Seriane Srl")).isEqualTo("Officine Seriane Srl");
    assertThat(ReportTable.cell("Rossi, Bianchi & C.")).isEqualTo("\"Rossi, Bianchi & C.\"");
  }

  @Test
  void numbersStayNumbers() {
    ReportTable t =
        new ReportTable(
            "t",
            "title",
            List.of("company", "delta", "share"),
            List.of(List.of("=1+1", -3, new BigDecimal("-12.5"))));
    assertThat(t.csv()).isEqualTo("# t: title\r\ncompany,delta,share\r\n'=1+1,-3,-12.5\r\n");
  }
}
