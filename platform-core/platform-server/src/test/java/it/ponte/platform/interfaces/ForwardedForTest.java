package it.ponte.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForwardedForTest {

  /** Issue #16: the client's own X-Forwarded-For entries never choose its rate-limit key. */
  @Test
  void theClientIsTheAddressTheIngressAppended() {
    assertThat(ForwardedFor.clientAddress("10.1.2.3", "6.6.6.6, 1.2.3.4, 203.0.113.7"))
        .isEqualTo("203.0.113.7");
    assertThat(ForwardedFor.clientAddress("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ForwardedFor.clientAddress("10.1.2.3", null)).isEqualTo("10.1.2.3");
    assertThat(ForwardedFor.clientAddress("10.1.2.3", " ,")).isEqualTo("10.1.2.3");
  }
}
