package it.ponte.extension.interfaces;

import it.ponte.api.plugin.ConsoleContribution;
import it.ponte.api.plugin.TenantRole;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.PluginRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The console pages of the plugins the territory enabled: what its navigation offers. */
@ApplicationScoped
@Path("t/{tenant}/console/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class ConsolePagesResource {

  @Inject PluginRegistry registry;

  @Inject CurrentTenantPlugins enabled;

  @Schema(name = "ConsolePage", description = "A page a plugin adds to the console here.")
  public record PageView(
      String pluginId,
      @Schema(description = "Under /t/{tenant}/{pluginId}/") String path,
      @Schema(description = "The custom element the module defines") String element,
      @Schema(description = "The ES module, a path under the site's root") String module,
      @Schema(description = "The navigation entry by language") Map<String, String> titles,
      @Schema(description = "The weakest role that sees it") TenantRole role) {}

  @GET
  @Operation(
      summary = "The console pages of the plugins enabled in this territory (any member).",
      description =
          "Empty where no enabled plugin contributes pages: a disabled plugin's pages are not"
              + " offered, and its module's endpoints answer 404 anyway.")
  public List<PageView> pages() {
    return registry.extensions(ConsoleContribution.class, enabled.enabledIds()).stream()
        .flatMap(
            c ->
                c.pages().stream()
                    .map(
                        p ->
                            new PageView(
                                c.pluginId(),
                                p.path(),
                                p.element(),
                                "/" + p.module(),
                                p.titles(),
                                p.role())))
        .toList();
  }
}
