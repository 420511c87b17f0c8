package it.ponte.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleContributionTest {

  private static final Map<String, String> TITLES =
      Map.of("it", "Microcredito", "en", "Microcredit");

  @Test
  void aPageIsAnElementOfAModuleUnderThePluginsConsoleFolder() {
    var page =
        new ConsoleContribution.Page(
            "",
            "ponte-mc-loans",
            "console/plugins/microcredit/loans.js",
            TITLES,
            TenantRole.VIEWER);
    assertThat(page.titles()).containsEntry("it", "Microcredito");
  }

  @Test
  void whatTheConsoleCouldNotLoadIsRefusedWhenThePluginIsBuilt() {
    assertThatThrownBy(
            () ->
                new ConsoleContribution.Page(
                    "", "loans", "console/plugins/microcredit/loans.js", TITLES, TenantRole.VIEWER))
        .hasMessageContaining("ponte-");
    assertThatThrownBy(
            () ->
                new ConsoleContribution.Page(
                    "", "ponte-mc-loans", "../../etc/loans.js", TITLES, TenantRole.VIEWER))
        .hasMessageContaining("console/plugins/");
    assertThatThrownBy(
            () ->
                new ConsoleContribution.Page(
                    "",
                    "ponte-mc-loans",
                    "console/plugins/microcredit/loans.js",
                    Map.of("en", "Microcredit"),
                    TenantRole.VIEWER))
        .hasMessageContaining("Italian");
  }
}
