package it.ponte.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @Test
  void derivesSchemaAndRoleNames() {
    TenantId id = TenantId.of("valle-seriana");
    assertThat(id.schemaName()).isEqualTo("t_valle_seriana");
    assertThat(id.roleName()).isEqualTo("ponte_t_valle_seriana");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "1bergamo",
        "Bergamo",
        "berg amo",
        "bergamo;drop",
        "t\"x",
        "bergamo_1",
        "-bergamo"
      })
  void refusesMalformedIds(String value) {
    assertThat(TenantId.isValid(value)).isFalse();
    assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThat(TenantId.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bg", "bergamo", "bologna-2", "val-cavallina"})
  void acceptsWellFormedIds(String value) {
    assertThat(TenantId.of(value).value()).isEqualTo(value);
  }

  @Test
  void limitsLengthToFortyCharacters() {
    assertThat(TenantId.isValid("a" + "b".repeat(39))).isTrue();
    assertThat(TenantId.isValid("a" + "b".repeat(40))).isFalse();
  }

  @Test
  void equalByValue() {
    assertThat(TenantId.of("bologna"))
        .isEqualTo(TenantId.of("bologna"))
        .hasSameHashCodeAs(TenantId.of("bologna"));
  }
}
