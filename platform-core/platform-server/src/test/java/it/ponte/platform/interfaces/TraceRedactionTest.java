package it.ponte.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceRedactionTest {

  @Test
  void keepsTheNamesOfTheParametersAndNoneOfTheirValues() {
    assertThat(TraceRedaction.parameterNames("q=Mario%20Rossi&page=2&q=Bianchi&flag"))
        .isEqualTo("q&page&flag");
  }

  @Test
  void dropsAValueWithoutAName() {
    assertThat(TraceRedaction.parameterNames("=Rossi&&size=10")).isEqualTo("size");
  }
}
