package it.ponte.api;

/** The version of this API, matched against each plugin's required range. */
public final class PlatformApi {

  /** Major.minor; a new minor only adds (default methods, new types), a new major may break. */
  public static final String VERSION = "2.1";

  private PlatformApi() {}
}
