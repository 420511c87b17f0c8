package it.ponte.tenancy.infrastructure;

import java.util.List;
import liquibase.configuration.ConfigurationValueProvider;
import liquibase.configuration.LiquibaseConfiguration;
import liquibase.configuration.core.EnvironmentValueProvider;
import liquibase.configuration.core.SystemPropertyValueProvider;

/**
 * Liquibase reads a setting many times per changeset, and each time its system-property provider
 * copies every system property (to hash the copy and tell whether they changed), and its
 * environment provider hashes every environment variable. In the application server, with its
 * hundreds of properties, that was a quarter of the CPU a territory's onboarding took. The two
 * providers are replaced by ones that behave the same and skip the work: the system properties are
 * hashed without the copy (the same number), the environment - fixed for the JVM's life - once.
 */
final class LiquibaseSettings {

  private LiquibaseSettings() {}

  /** Replaces the two providers in Liquibase's configuration, once; later calls change nothing. */
  static synchronized void install() {
    LiquibaseConfiguration configuration = LiquibaseConfiguration.getInstance();
    for (ConfigurationValueProvider provider : List.copyOf(configuration.getProviders())) {
      if (provider.getClass() == SystemPropertyValueProvider.class) {
        configuration.unregisterProvider(provider);
        configuration.registerProvider(new SystemProperties());
      } else if (provider.getClass() == EnvironmentValueProvider.class) {
        configuration.unregisterProvider(provider);
        configuration.registerProvider(new Environment());
      }
    }
  }

  /** System properties, hashed in place: a property set later is still seen. */
  static final class SystemProperties extends SystemPropertyValueProvider {
    @Override
    protected int getMapHash() {
      return System.getProperties().hashCode();
    }
  }

  /** The environment, hashed once: it cannot change while the JVM runs. */
  static final class Environment extends EnvironmentValueProvider {
    private final int hash = super.getMapHash();

    @Override
    protected int getMapHash() {
      return hash;
    }
  }
}
