package it.ponte.itplugins.echo;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Records every domain event it receives; told to by its configuration, it fails instead. */
@ApplicationScoped
public class EchoPlugin implements Plugin {

  public static final String ID = "it-echo";

  @Override
  public PluginDescriptor descriptor() {
    return new PluginDescriptor(
        ID,
        "Echo (test fixture)",
        "1.0.0",
        "[1.0,2.0)",
        List.of(),
        Set.of(),
        "itplugins/echo/changelog.yaml",
        "echo_",
        "itplugins/echo/config.schema.json",
        Set.of("reads the ids in domain events"));
  }
}
