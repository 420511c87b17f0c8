package it.ponte.platform.interfaces;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Lets resources (the core's and plugins') take ISO dates ({@code 2026-03-01}) as query and path
 * parameters. A value that is not a date is the client's error: 400 {@code invalid-parameter}.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

  private static final ParamConverter<LocalDate> LOCAL_DATE =
      new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
          if (value == null || value.isBlank()) {
            return null;
          }
          try {
            return LocalDate.parse(value.strip());
          } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date (YYYY-MM-DD): " + value, e);
          }
        }

        @Override
        public String toString(LocalDate value) {
          return value == null ? null : value.toString();
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    return rawType == LocalDate.class ? (ParamConverter<T>) LOCAL_DATE : null;
  }
}
