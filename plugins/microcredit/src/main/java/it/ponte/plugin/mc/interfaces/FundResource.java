package it.ponte.plugin.mc.interfaces;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.core.Money;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.mc.application.FundService;
import it.ponte.plugin.mc.domain.Fund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Guarantee funds at partner banks, their ledger and position. */
@ApplicationScoped
@Path("t/{tenant}/plugins/microcredit/funds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Microcredit")
public class FundResource {

  @Inject FundService funds;

  @Inject CurrentUser user;

  /** A fund to open. */
  @Schema(name = "McNewFund")
  public static class NewFund {
    @Schema(required = true)
    @NotBlank
    @Size(max = 120)
    public String name;

    @Schema(required = true, description = "The partner bank that lends against it")
    @NotBlank
    @Size(max = 120)
    public String bank;

    @Schema(
        description = "Lending capacity per euro in the fund (1:4 is common)",
        defaultValue = "4")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("20")
    public BigDecimal leverage = new BigDecimal("4");

    @Schema(
        description = "Share of a default's outstanding principal the fund pays",
        defaultValue = "80")
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    public BigDecimal coveragePercent = new BigDecimal("80");
  }

  /** Money moving into or out of the fund. */
  @Schema(name = "McFundMovement")
  public static class Movement {
    @Schema(required = true, description = "Euro, positive, at most two decimals")
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    public BigDecimal amount;

    @Schema(required = true)
    @NotNull
    public LocalDate onDate;

    @Size(max = 200)
    public String note;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(
      summary = "Lists the funds with balance, lending capacity, exposure and free capacity.")
  public List<Fund> list() {
    return funds.funds();
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a guarantee fund at a partner bank (empty until a deposit).")
  public Response create(@NotNull @Valid NewFund body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            funds.createFund(
                body.name.strip(), body.bank.strip(), body.leverage, body.coveragePercent))
        .build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}")
  @Operation(summary = "One fund's position.")
  public Fund get(@PathParam("id") long id) {
    return funds.fund(id);
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/ledger")
  @Operation(summary = "The fund's ledger: deposits, guarantee calls, releases.")
  public List<Fund.Entry> ledger(@PathParam("id") long id) {
    return funds.ledger(id);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/deposits")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a deposit into the fund.")
  public Fund deposit(@PathParam("id") long id, @NotNull @Valid Movement body) {
    return funds.deposit(id, Money.euro(body.amount), body.onDate, body.note, user.actor());
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/releases")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records money taken out of the fund.",
      description =
          "Refused (422 mc-release-refused) if the capacity left would not cover the exposure.")
  public Fund release(@PathParam("id") long id, @NotNull @Valid Movement body) {
    return funds.release(id, Money.euro(body.amount), body.onDate, body.note, user.actor());
  }
}
