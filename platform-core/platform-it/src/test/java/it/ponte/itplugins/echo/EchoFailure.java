package it.ponte.itplugins.echo;

import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An endpoint that fails unexpectedly when the caller asks it to with {@code X-Echo-Fail: yes}, so
 * that the tests see how the platform answers and logs a 500.
 */
@Permission(role = TenantRole.VIEWER)
@RequestScoped
@Path("t/{tenant}/plugins/it-echo/failure")
@Produces(MediaType.APPLICATION_JSON)
public class EchoFailure {

  @GET
  public String failure(@HeaderParam("X-Echo-Fail") String fail) {
    if ("yes".equals(fail)) {
      throw new IllegalStateException("echo failed on purpose");
    }
    return "{\"failed\": false}";
  }
}
