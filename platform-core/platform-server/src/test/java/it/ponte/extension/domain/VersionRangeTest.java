package it.ponte.extension.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

  @Test
  void readsMavenRanges() {
    VersionRange r = VersionRange.parse("[1.0,2.0)");
    assertThat(r.contains("1.0")).isTrue();
    assertThat(r.contains("1.9.3")).isTrue();
    assertThat(r.contains("2.0")).isFalse();
    assertThat(r.contains("0.9")).isFalse();
    assertThat(VersionRange.parse("(1.0,]").contains("1.0")).isFalse();
    assertThat(VersionRange.parse("(1.0,]").contains("7")).isTrue();
    assertThat(VersionRange.parse("1.2").contains("1.10")).isTrue();
    assertThat(VersionRange.parse("1.2").contains("1.1")).isFalse();
  }

  @Test
  void refusesWhatIsNotARange() {
    assertThatThrownBy(() -> VersionRange.parse("one"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VersionRange.parse("[1.0;2.0)"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
