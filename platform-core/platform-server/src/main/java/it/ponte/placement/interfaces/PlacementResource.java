package it.ponte.placement.interfaces;

import it.ponte.company.domain.Contract;
import it.ponte.placement.application.PlacementService;
import it.ponte.placement.domain.Placement;
import it.ponte.placement.domain.PlacementLink;
import it.ponte.placement.domain.PlacementTerms;
import it.ponte.placement.domain.PlacementType;
import it.ponte.placement.domain.TirocinioRules;
import it.ponte.placement.domain.TraineeCategory;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Placements (inserimenti) of a territory. */
@ApplicationScoped
@Path("t/{tenant}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements")
public class PlacementResource {

  @Inject PlacementService placements;

  @Inject it.ponte.candidate.application.CandidateService candidates;

  @Inject it.ponte.company.application.CompanyService companies;

  @Inject CurrentTerritory territory;

  @Context UriInfo uriInfo;

  /** A placement to record. */
  @Schema(name = "NewPlacement", description = "A placement to record.")
  public static class NewPlacement {

    @Schema(required = true)
    @NotNull
    public Long candidateId;

    @Schema(required = true)
    @NotNull
    public Long companyId;

    @Schema(description = "The vacancy it fills, if any; must be the company's")
    public Long vacancyId;

    @Schema(required = true)
    @NotNull
    public PlacementType type;

    @Schema(description = "Required for HIRING; none for STAGE and TIROCINIO")
    public Contract contract;

    @Schema(required = true, example = "2026-03-01")
    @NotNull
    public LocalDate startDate;

    public LocalDate endDate;

    @Schema(example = "38")
    public BigDecimal hoursPerWeek;

    @Schema(description = "Monthly allowance of a stage or tirocinio, in euro", example = "500")
    public BigDecimal monthlyAllowance;

    @Schema(description = "For a tirocinio: sets the longest duration the region allows")
    public TraineeCategory traineeCategory;

    @Schema(description = "The earlier placement of the same person this one follows")
    public Long previousId;

    @Schema(description = "How it follows previousId; required with it")
    public PlacementLink link;

    public PlacementTerms toTerms() {
      return new PlacementTerms(
          candidateId,
          companyId,
          vacancyId,
          type,
          contract,
          startDate,
          endDate,
          hoursPerWeek,
          monthlyAllowance,
          traineeCategory);
    }
  }

  @Schema(name = "Placement", description = "A placement (inserimento).")
  public record PlacementView(
      long id,
      long candidateId,
      @Schema(description = "The person's name; null once their data was erased")
          String candidateName,
      long companyId,
      String companyName,
      Long vacancyId,
      PlacementType type,
      Contract contract,
      @Schema(description = "Comunicazioni Obbligatorie code or prefix, where one applies")
          String coCode,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal hoursPerWeek,
      BigDecimal monthlyAllowance,
      TraineeCategory traineeCategory,
      Long previousId,
      PlacementLink link,
      OffsetDateTime createdAt,
      @Schema(description = "What the region's tirocinio rules object to; empty when nothing")
          List<String> warnings,
      @Schema(
              description =
                  "The same warnings with a stable code and their figures, for clients that word"
                      + " them in their own language")
          List<TirocinioRules.Finding> findings) {

    static PlacementView of(Placement p, String region, String candidateName, String companyName) {
      List<TirocinioRules.Finding> findings = findings(p, region);
      String coCode = p.contract() == null ? null : p.contract().coCode();
      if (p.type() == PlacementType.TIROCINIO) {
        coCode = "C.01.00";
      }
      return new PlacementView(
          p.id(),
          p.candidateId(),
          candidateName,
          p.companyId(),
          companyName,
          p.vacancyId(),
          p.type(),
          p.contract(),
          coCode,
          p.startDate(),
          p.endDate(),
          p.hoursPerWeek(),
          p.monthlyAllowance(),
          p.traineeCategory(),
          p.previousId(),
          p.link(),
          p.createdAt(),
          findings.stream().map(TirocinioRules.Finding::message).toList(),
          findings);
    }

    /** What the region's rules object to in a tirocinio; nothing for other types. */
    static List<TirocinioRules.Finding> findings(Placement p, String region) {
      if (p.type() != PlacementType.TIROCINIO) {
        return List.of();
      }
      return TirocinioRules.of(region)
          .map(r -> r.findings(p))
          .orElse(List.of(TirocinioRules.unknownRegion(region)));
    }
  }

  @Schema(
      name = "PlacementCheck",
      description = "What the region's rules would object to in a placement, before recording it.")
  public record CheckView(
      List<String> warnings,
      @Schema(description = "The same, with a stable code and figures")
          List<TirocinioRules.Finding> findings) {}

  @Schema(name = "PlacementPage", description = "A page of placements by start date.")
  public record PlacementPage(List<PlacementView> items, long total, int offset, int limit) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records a placement; a candidate IN_PROTOCOL becomes PLACED.",
      description =
          "A tirocinio is checked against the region's rules (allowance, duration): what they"
              + " object to comes back as warnings, and the placement is recorded anyway.")
  public Response record(@NotNull @Valid NewPlacement body) {
    validate(body);
    String region = territory.descriptor().region();
    Placement placement = placements.record(body.toTerms(), body.previousId, body.link);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(placement.id())).build())
        .entity(views(List.of(placement), region).get(0))
        .build();
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Checks a placement against the region's rules without recording it.",
      description =
          "The same validation as recording (422 with field errors); for a tirocinio, the"
              + " warnings the region's rules would give. Nothing is stored.")
  public CheckView check(@NotNull @Valid NewPlacement body) {
    validate(body);
    Placement draft = new Placement(body.toTerms(), OffsetDateTime.now(), "check");
    List<TirocinioRules.Finding> findings =
        PlacementView.findings(draft, territory.descriptor().region());
    return new CheckView(findings.stream().map(TirocinioRules.Finding::message).toList(), findings);
  }

  /** Placements with their person's and company's names. */
  private List<PlacementView> views(List<Placement> list, String region) {
    java.util.Map<Long, String> names =
        candidates.names(list.stream().map(Placement::candidateId).toList());
    java.util.Map<Long, String> companyNames =
        companies.names(list.stream().map(Placement::companyId).toList());
    return list.stream()
        .map(
            p ->
                PlacementView.of(
                    p, region, names.get(p.candidateId()), companyNames.get(p.companyId())))
        .toList();
  }

  private static void validate(NewPlacement body) {
    List<FieldError> errors = new ArrayList<>();
    for (String[] problem : body.toTerms().problems()) {
      errors.add(new FieldError("/" + problem[0], problem[1]));
    }
    if ((body.previousId == null) != (body.link == null)) {
      errors.add(new FieldError("/link", "previousId and link go together"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
  }

  @GET
  @Operation(summary = "Lists placements by start date, optionally of one candidate or type.")
  public PlacementPage list(
      @QueryParam("candidateId") Long candidateId,
      @QueryParam("type") PlacementType type,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    String region = territory.descriptor().region();
    List<PlacementView> items = views(placements.list(candidateId, type, offset, limit), region);
    return new PlacementPage(items, placements.count(candidateId, type), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one placement, with the regional warnings of a tirocinio.")
  public PlacementView get(@PathParam("id") long id) {
    String region = territory.descriptor().region();
    return views(List.of(placements.get(id)), region).get(0);
  }
}
