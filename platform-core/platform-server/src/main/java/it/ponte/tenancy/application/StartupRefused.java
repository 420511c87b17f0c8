package it.ponte.tenancy.application;

/**
 * Thrown while preparing tenants at startup when the configuration cannot run as declared (for
 * example a descriptor enabling a plugin that is not installed). The platform then never reports
 * ready, and says why in {@code /health/ready} and the log, rather than run half-configured.
 */
public class StartupRefused extends RuntimeException {

  public StartupRefused(String message) {
    super(message);
  }
}
