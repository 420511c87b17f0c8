package it.ponte.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.configuration.ConfigurationValueConverter;
import liquibase.configuration.ConfigurationValueProvider;
import liquibase.configuration.LiquibaseConfiguration;
import liquibase.configuration.core.EnvironmentValueProvider;
import liquibase.configuration.core.SystemPropertyValueProvider;
import org.junit.jupiter.api.Test;

class LiquibaseSettingsTest {

  private static String setting(String key) {
    return LiquibaseConfiguration.getInstance()
        .getCurrentConfiguredValue(ConfigurationValueConverter.STRING, null, key)
        .getValue();
  }

  @Test
  void theProvidersAreReplacedOnceAndKeepTheirPrecedence() {
    int systemPrecedence = new SystemPropertyValueProvider().getPrecedence();
    LiquibaseSettings.install();
    LiquibaseSettings.install();
    var providers = LiquibaseConfiguration.getInstance().getProviders();
    assertThat(providers)
        .extracting(p -> (Object) p.getClass())
        .doesNotContain(SystemPropertyValueProvider.class, EnvironmentValueProvider.class);
    assertThat(providers)
        .filteredOn(p -> p instanceof LiquibaseSettings.SystemProperties)
        .singleElement()
        .extracting(ConfigurationValueProvider::getPrecedence)
        .isEqualTo(systemPrecedence);
    assertThat(providers).filteredOn(p -> p instanceof LiquibaseSettings.Environment).hasSize(1);
  }

  @Test
  void aSystemPropertySetOrChangedLaterIsStillSeen() {
    LiquibaseSettings.install();
    String key = "liquibase.ponteSettingsTest";
    assertThat(setting(key)).isNull();
    try {
      System.setProperty(key, "first");
      assertThat(setting(key)).isEqualTo("first");
      System.setProperty(key, "second");
      assertThat(setting(key)).isEqualTo("second");
    } finally {
      System.clearProperty(key);
    }
    assertThat(setting(key)).isNull();
  }

  @Test
  void theEnvironmentIsStillRead() {
    LiquibaseSettings.install();
    // PATH is in every environment the build runs in; Liquibase reads LIQUIBASE_-less names too.
    String path = System.getenv("PATH");
    assertThat(path).isNotNull();
    assertThat(new LiquibaseSettings.Environment().getProvidedValue("PATH"))
        .isNotNull()
        .extracting(v -> v.getValue())
        .isEqualTo(path);
  }
}
