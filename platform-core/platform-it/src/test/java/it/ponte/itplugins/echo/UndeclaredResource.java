package it.ponte.itplugins.echo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An operation that declares no permission, as a careless plugin would write it: the core must
 * refuse it to everyone.
 */
@RequestScoped
@Path("t/{tenant}/plugins/it-echo/undeclared")
@Produces(MediaType.APPLICATION_JSON)
public class UndeclaredResource {

  @GET
  public String secret() {
    return "{\"leaked\": true}";
  }
}
