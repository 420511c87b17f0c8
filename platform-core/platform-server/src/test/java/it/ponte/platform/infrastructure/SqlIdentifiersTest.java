package it.ponte.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlIdentifiersTest {

  @Test
  void quotesSafeNames() {
    assertThat(SqlIdentifiers.quote("t_val_seriana")).isEqualTo("\"t_val_seriana\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "T_upper", "t-hyphen", "t\"quote", "t;drop", "t space", "1start"})
  void refusesAnythingElse(String name) {
    assertThatThrownBy(() -> SqlIdentifiers.quote(name))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
