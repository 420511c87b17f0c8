package it.ponte.plugin.dul.interfaces;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.dul.application.ClaimService;
import it.ponte.plugin.dul.application.DeliveryService;
import it.ponte.plugin.dul.application.DoteService;
import it.ponte.plugin.dul.application.DulRefusal;
import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DulRulebook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doti: eligibility and profiling at assignment, the PIP, renunciation, result claims. */
@ApplicationScoped
@Path("t/{tenant}/plugins/dote-unica-lavoro/doti")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dote Unica Lavoro")
public class DoteResource {

  @Inject DoteService doti;

  @Inject DeliveryService deliveries;

  @Inject ClaimService claims;

  @Inject CurrentUser user;

  /** A dote to assign. */
  @Schema(name = "DulNewDote", description = "Assigns a dote to a core candidate.")
  public static class NewDote {
    @Schema(required = true)
    @NotNull
    public Long candidateId;

    @Schema(required = true)
    @NotNull
    public Long operatorId;

    @Schema(description = "Resident or domiciled in Lombardia")
    public boolean residentInLombardy = true;

    @Schema(description = "Patto di servizio signed")
    public boolean serviceAgreementSigned;

    @Schema(description = "Start of NASpI, if the person receives it")
    public LocalDate naspiSince;
  }

  /** One line of a plan. */
  @Schema(
      name = "DulPlanLine",
      description = "A service of the catalogue and a quantity of its unit.")
  public static class Line {
    @Schema(required = true, example = "ORI-01")
    @NotNull
    public String serviceCode;

    @Schema(required = true, example = "4")
    @NotNull
    public BigDecimal quantity;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(summary = "Lists doti, optionally of one candidate.")
  public List<Dote> list(@QueryParam("candidateId") Long candidateId) {
    return doti.doti(candidateId);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Assigns a dote after checking eligibility and profiling the person.",
      description =
          "An ineligible person gets 422 with every reason; the dote shows the score, the"
              + " contribution of each variable and the fascia, which sets its maximum value and"
              + " duration.")
  public Response assign(@NotNull @Valid NewDote body) {
    Dote dote =
        doti.assign(
            body.candidateId,
            body.operatorId,
            new DoteService.Inputs(
                body.residentInLombardy, body.serviceAgreementSigned, body.naspiSince));
    return Response.status(Response.Status.CREATED).entity(dote).build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}")
  @Operation(summary = "Shows a dote with its plan and claims.")
  public Map<String, Object> get(@PathParam("id") long id) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("dote", doti.dote(id));
    view.put("pip", deliveries.pip(id));
    view.put("deliveries", deliveries.deliveries(id));
    view.put("claims", claims.claims(id));
    return view;
  }

  @Permission(role = TenantRole.OPERATOR)
  @PUT
  @Path("{id}/pip")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sets the dote's PIP (piano di intervento personalizzato).",
      description =
          "Refused (422 with the reasons) above the fascia's maximum or the operator's available"
              + " budget plus the configured overbooking; the booking goes to the operator's ledger.")
  public Dote plan(@PathParam("id") long id, @NotNull @Valid List<Line> lines) {
    return doti.plan(
        id,
        lines.stream().map(l -> new DulRulebook.PlanLine(l.serviceCode, l.quantity)).toList(),
        user.actor());
  }

  /** A service delivered. */
  @Schema(name = "DulDelivery", description = "A service delivered under the dote's plan.")
  public static class Delivery {
    @Schema(required = true, example = "ORI-01")
    @NotNull
    public String serviceCode;

    @Schema(required = true, description = "Hours or units of the service", example = "2")
    @NotNull
    public BigDecimal quantity;

    @Schema(required = true)
    @NotNull
    public LocalDate deliveredOn;

    @Schema(required = true, description = "Who of the operator's staff delivered it")
    @NotNull
    public String staff;
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records a service delivered under the plan.",
      description =
          "Refused (422 with the reasons) for a service not in the plan or beyond its planned quantity.")
  public Response deliver(@PathParam("id") long id, @NotNull @Valid Delivery body) {
    if (body.quantity.signum() <= 0 || body.staff.isBlank()) {
      throw new DulRefusal(
          422,
          "delivery-refused",
          "The delivery cannot be recorded.",
          List.of("a delivery needs a positive quantity and the staff member"));
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            deliveries.deliver(
                id, body.serviceCode, body.quantity, body.deliveredOn, body.staff.strip()))
        .build();
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/renunciation")
  @Operation(
      summary =
          "Closes the dote on the person's renunciation; its booking returns to the operator.")
  public Dote renounce(@PathParam("id") long id) {
    return doti.renounce(id, user.actor());
  }
}
