package it.ponte.plugin.mc.interfaces;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.mc.MicrocreditPlugin;
import it.ponte.plugin.mc.domain.McRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The loan products of this territory's configuration, with their dated limits. */
@ApplicationScoped
@Path("t/{tenant}/plugins/microcredit/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Microcredit")
public class ProductResource {

  @Inject CurrentTenant tenant;

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(summary = "Lists the products: kind, rate, grace, fees and the limits by date.")
  public List<McRules.Product> list() {
    return tenant.configOf(MicrocreditPlugin.ID, McRules.class).products();
  }
}
