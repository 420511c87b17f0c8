package it.ponte.company.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"12345678903", "00743110157", "01114601006"})
  void acceptsCorrectCheckDigits(String vat) {
    assertThat(VatNumber.isValid(vat)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12345678901", "00743110150", "1234567890", "123456789012", "1234567890A", ""})
  void refusesWrongCheckDigitsAndShapes(String vat) {
    assertThat(VatNumber.isValid(vat)).isFalse();
  }
}
