package it.ponte.itplugins.echo;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/** Records every domain event it receives; told to by its configuration, it fails instead. */
@ApplicationScoped
public class EchoPlugin implements Plugin {

  public static final String ID = "it-echo";

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID, "Echo (test fixture)", "1.0.0")
        .tables("itplugins/echo/changelog.yaml", "echo_")
        .configSchema("itplugins/echo/config.schema.json")
        .permission("reads the ids in domain events")
        .build();
  }
}
