package it.ponte.plugin.dul.interfaces;

import it.ponte.plugin.dul.application.DulService;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the measure's rules as an RFC 9457 problem, with every reason. */
@Provider
public class DulRefusedMapper implements ExceptionMapper<DulService.Refused> {

  @Override
  public Response toResponse(DulService.Refused refused) {
    JsonArrayBuilder reasons = Json.createArrayBuilder();
    refused.reasons.forEach(reasons::add);
    return Response.status(refused.status)
        .type("application/problem+json")
        .entity(
            Json.createObjectBuilder()
                .add("type", "urn:ponte:problem:dul-" + refused.type)
                .add("title", "Dote Unica Lavoro")
                .add("status", refused.status)
                .add("detail", refused.getMessage())
                .add("reasons", reasons)
                .build())
        .build();
  }
}
