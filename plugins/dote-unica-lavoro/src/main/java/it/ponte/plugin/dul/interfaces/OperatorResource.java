package it.ponte.plugin.dul.interfaces;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.dul.application.OperatorService;
import it.ponte.plugin.dul.domain.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accredited operators (enti accreditati) and their budget ledger. */
@ApplicationScoped
@Path("t/{tenant}/plugins/dote-unica-lavoro/operators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dote Unica Lavoro")
public class OperatorResource {

  @Inject OperatorService operators;

  @Inject CurrentUser user;

  /** An operator to register. */
  @Schema(name = "DulNewOperator", description = "An accredited operator with its budget ceiling.")
  public static class NewOperator {
    @Schema(required = true)
    @NotBlank
    @Size(max = 200)
    public String name;

    @Schema(required = true, description = "Soglia: the operator's budget ceiling in euro")
    @NotNull
    @DecimalMin("0")
    public BigDecimal ceiling;
  }

  /** A redistribution of budget. */
  @Schema(
      name = "DulRedistribution",
      description = "A quarterly redistribution, positive or negative.")
  public static class Redistribution {
    @Schema(required = true)
    @NotNull
    public BigDecimal amount;

    @Size(max = 200)
    public String note;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(summary = "Lists operators with their ceiling and available budget (from the ledger).")
  public List<Operator> list() {
    return operators.operators();
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers an accredited operator.")
  public Response create(@NotNull @Valid NewOperator body) {
    return Response.status(Response.Status.CREATED)
        .entity(operators.createOperator(body.name.strip(), body.ceiling))
        .build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/ledger")
  @Operation(
      summary =
          "The operator's budget ledger: bookings, releases, replacement budget, redistributions.")
  public List<Operator.Entry> ledger(@PathParam("id") long id) {
    return operators.ledger(id);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/redistributions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records a quarterly redistribution of the operator's budget.",
      description =
          "Positive moves budget to the operator, negative takes it away: never more than is"
              + " available (422 dul-redistribution-refused, nothing recorded).")
  public Operator redistribute(@PathParam("id") long id, @NotNull @Valid Redistribution body) {
    return operators.redistribute(id, body.amount, body.note, user.actor());
  }
}
