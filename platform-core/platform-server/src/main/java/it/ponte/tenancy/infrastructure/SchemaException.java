package it.ponte.tenancy.infrastructure;

/** A schema could not be created or migrated. */
public class SchemaException extends RuntimeException {

  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
