package it.ponte.arquillian;

import jakarta.enterprise.inject.spi.CDI;

/** The application's beans, for the cases (interfaces cannot hold injected fields). */
final class Beans {

  private Beans() {}

  static <T> T get(Class<T> type) {
    return CDI.current().select(type).get();
  }
}
