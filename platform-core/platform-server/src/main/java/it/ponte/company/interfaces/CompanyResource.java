package it.ponte.company.interfaces;

import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Company;
import it.ponte.company.interfaces.CompanyDtos.CompanyPage;
import it.ponte.company.interfaces.CompanyDtos.CompanyView;
import it.ponte.company.interfaces.CompanyDtos.NewCompany;
import it.ponte.company.interfaces.CompanyDtos.NewVacancy;
import it.ponte.company.interfaces.CompanyDtos.RequirementBody;
import it.ponte.company.interfaces.CompanyDtos.VacancyView;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Companies (aziende) of a territory and their personnel requests. */
@ApplicationScoped
@Path("t/{tenant}/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {

  @Inject CompanyService companies;

  @Inject VacancyViews vacancies;

  @Inject CurrentTerritory territory;

  @Context UriInfo uriInfo;

  @GET
  @Transactional
  @Operation(summary = "Lists the tenant's companies, ordered by id.")
  public CompanyPage list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    return vacancies.companies(offset, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Registers a company.")
  public Response register(@NotNull @Valid NewCompany body) {
    Company company =
        companies.register(
            body.name,
            body.vatNumber,
            body.atecoCode,
            body.boardJoinedOn,
            body.size,
            body.address,
            body.email,
            body.phone,
            body.boardLeftOn);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(company.id())).build())
        .entity(vacancies.company(company))
        .build();
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "Shows one company.")
  public CompanyView get(@PathParam("id") long id) {
    return vacancies.company(companies.get(id));
  }

  @POST
  @Path("{id}/vacancies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Opens a personnel request for the company.",
      description = "It is then found under /vacancies/{id}.")
  public Response openVacancy(@PathParam("id") long id, @NotNull @Valid NewVacancy body) {
    List<String> zones = territory.descriptor().zones();
    List<FieldError> errors = new ArrayList<>();
    if (body.zone != null && !zones.contains(body.zone)) {
      errors.add(new FieldError("/zone", "is not one of the territory's zones: " + zones));
    }
    List<RequirementBody> requirements = body.requirements == null ? List.of() : body.requirements;
    for (int i = 0; i < requirements.size(); i++) {
      try {
        requirements.get(i).toRequirement();
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(
            new FieldError(
                "/requirements/" + i + "/value",
                "is not a valid value for " + requirements.get(i).kind));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    VacancyView view = vacancies.open(id, body.toDetails());
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("t/{tenant}/vacancies/{id}")
                .build(territory.descriptor().id().value(), view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}/vacancies")
  @Transactional
  @Operation(summary = "Lists the company's personnel requests, oldest first.")
  public List<VacancyView> vacancies(@PathParam("id") long id) {
    return vacancies.ofCompany(id);
  }
}
