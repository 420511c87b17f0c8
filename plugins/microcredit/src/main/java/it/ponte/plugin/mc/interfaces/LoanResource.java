package it.ponte.plugin.mc.interfaces;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.CurrentUser;
import it.ponte.api.core.Money;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.mc.application.LoanBook;
import it.ponte.plugin.mc.application.LoanService;
import it.ponte.plugin.mc.application.McJobs;
import it.ponte.plugin.mc.application.RepaymentService;
import it.ponte.plugin.mc.domain.Fund;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Job;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanApplication;
import it.ponte.plugin.mc.domain.Repayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loans: application, evaluation, approval, disbursement, schedule, repayments, default. A little
 * over 300 lines because each of its twelve operations keeps its OpenAPI text, its permission and
 * its request DTO beside it; the logic is in the application services.
 */
@ApplicationScoped
@Path("t/{tenant}/plugins/microcredit/loans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Microcredit")
public class LoanResource {

  @Inject LoanService loans;

  @Inject LoanBook book;

  @Inject RepaymentService repayments;

  @Inject McJobs jobs;

  @Inject CurrentUser user;

  @Inject CurrentTenant tenant;

  /** An application. */
  @Schema(
      name = "McNewLoan",
      description =
          "The borrower is a core candidate (candidateId) or an organisation (name, taxCode).")
  public static class NewLoan {
    @Schema(required = true)
    @NotNull
    public Long fundId;

    @Schema(required = true, description = "A product code of the configuration (SOCIAL, BUSINESS)")
    @NotBlank
    public String product;

    public Long candidateId;

    @Size(max = 200)
    public String organisation;

    @Schema(description = "The organisation's codice fiscale / partita IVA (11 digits)")
    public String taxCode;

    @Schema(description = "The organisation is an SRL (higher business limit)")
    public boolean srl;

    @Schema(description = "Where the borrower came from, e.g. innovation-calls:42")
    @Size(max = 100)
    public String referredBy;

    @Schema(required = true)
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    public BigDecimal amount;

    @Schema(required = true, description = "Instalments in all, grace included")
    @NotNull
    @Min(1)
    @Max(360)
    public Integer months;

    @Min(0)
    @Max(60)
    public int graceMonths;

    @Size(max = 4000)
    public String businessPlan;

    @Schema(description = "The day of the application (to record an earlier one); today if absent")
    public LocalDate appliedOn;
  }

  /** An ancillary support service given. */
  @Schema(name = "McService")
  public static class NewService {
    @Schema(required = true, description = "A code of the configuration's ancillaryServices")
    @NotBlank
    public String service;

    @Schema(required = true)
    @NotBlank
    @Size(max = 120)
    public String tutor;

    @Schema(required = true)
    @NotNull
    public LocalDate givenOn;
  }

  /** The evaluation of the business plan. */
  @Schema(name = "McEvaluation")
  public static class Evaluation {
    @Schema(required = true)
    @NotNull
    public Boolean positive;

    @Size(max = 4000)
    public String businessPlan;

    @Size(max = 4000)
    public String notes;
  }

  /** An approval. */
  @Schema(name = "McApproval")
  public static class Approval {
    @Schema(description = "The day of the approval, which decides the legal limit; today if absent")
    public LocalDate approvedOn;
  }

  /** Money paid out or back. */
  @Schema(name = "McPayment")
  public static class Payment {
    @Schema(required = true)
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    public BigDecimal amount;

    @Schema(required = true)
    @NotNull
    public LocalDate onDate;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(summary = "Lists loans, optionally of one candidate or in one state.")
  public List<Loan> list(
      @QueryParam("candidateId") Long candidateId, @QueryParam("status") String status) {
    return book.loans(candidateId, status);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records an application (APPLIED).",
      description =
          "422 mc-application-refused with every reason: unknown product, both or no borrower,"
              + " invalid tax code, social microcredit for an organisation.")
  public Response apply(@NotNull @Valid NewLoan body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            loans.apply(
                new LoanApplication(
                    body.fundId,
                    body.product,
                    body.candidateId,
                    body.organisation == null ? null : body.organisation.strip(),
                    body.taxCode,
                    body.srl,
                    body.referredBy,
                    Money.euro(body.amount),
                    body.months,
                    body.graceMonths,
                    body.businessPlan,
                    body.appliedOn)))
        .build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}")
  @Operation(
      summary = "A loan: state, disbursed, outstanding principal, days in arrears on asOf (today).")
  public Loan get(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
    return book.loan(id, asOf == null ? LocalDate.now(tenant.timeZone()) : asOf);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/services")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records an ancillary support service given by a tutor.")
  public Loan service(@PathParam("id") long id, @NotNull @Valid NewService body) {
    return loans.addService(id, body.service, body.tutor.strip(), body.givenOn);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/evaluation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records the evaluation: EVALUATED, or REFUSED when negative.")
  public Loan evaluate(@PathParam("id") long id, @NotNull @Valid Evaluation body) {
    return loans.evaluate(id, body.positive, body.businessPlan, body.notes);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves an evaluated loan.",
      description =
          "422 mc-approval-refused with every reason: over the product's limit in force on"
              + " the approval day, too few ancillary services for business microcredit, over the fund's"
              + " free capacity. Approvals on one fund are serialised.")
  public Loan approve(@PathParam("id") long id, @Valid Approval body) {
    LocalDate on =
        body == null || body.approvedOn == null
            ? LocalDate.now(tenant.timeZone())
            : body.approvedOn;
    return loans.approve(id, on);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/disbursements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a disbursement; the last tranche fixes the repayment schedule.")
  public Loan disburse(@PathParam("id") long id, @NotNull @Valid Payment body) {
    return loans.disburse(id, Money.euro(body.amount), body.onDate, user.actor());
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/schedule")
  @Operation(summary = "The repayment schedule with what each instalment has received.")
  public List<Instalment> schedule(@PathParam("id") long id) {
    return book.schedule(id);
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/repayments")
  @Operation(summary = "The repayments and how each was applied.")
  public List<Repayment> repayments(@PathParam("id") long id) {
    book.loan(id, LocalDate.now(tenant.timeZone()));
    return repayments.repayments(id);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/repayments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Records a repayment: due interest, then due principal, oldest first; the rest early.",
      description =
          "An early part lowers the later instalments (same end date). More than is owed is"
              + " refused (422 mc-repayment-refused).")
  public Response repay(@PathParam("id") long id, @NotNull @Valid Payment body) {
    return Response.status(Response.Status.CREATED)
        .entity(repayments.repay(id, Money.euro(body.amount), body.onDate, user.actor()))
        .build();
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/guarantee-call")
  @Operation(
      summary = "Calls the fund's guarantee on a defaulted loan (once).",
      description =
          "The fund pays its coverage share of the outstanding principal; the entry lowers its"
              + " balance and so its capacity.")
  public Fund.Entry guaranteeCall(@PathParam("id") long id) {
    return repayments.guaranteeCall(id, LocalDate.now(tenant.timeZone()), user.actor());
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/jobs")
  @Operation(
      summary = "The jobs the funded activity created, from the core's placements.",
      description =
          "A hiring with a contract or a self-employment at the borrowing organisation (its"
              + " partita IVA), or the borrower's own self-employment, starting on or after the"
              + " first disbursement; one per person, not a renewal or an extension. Nothing is"
              + " typed in: recording the placement counts it.")
  public List<Job> jobs(@PathParam("id") long id) {
    return jobs.jobs(id);
  }
}
