package it.ponte.company.interfaces;

import it.ponte.company.domain.Vacancy;
import it.ponte.company.interfaces.CompanyDtos.VacancyPage;
import it.ponte.company.interfaces.CompanyDtos.VacancyView;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's personnel requests across companies. */
@ApplicationScoped
@Path("t/{tenant}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {

  @Inject VacancyViews vacancies;

  @Inject CurrentTerritory territory;

  @GET
  @Operation(summary = "Lists the tenant's vacancies, newest first, optionally in one status.")
  public VacancyPage list(
      @QueryParam("status") Vacancy.Status status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    return vacancies.list(status, offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one vacancy with its requirements.")
  public VacancyView get(@PathParam("id") long id) {
    return vacancies.get(id);
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "Closes a vacancy: no more candidates are proposed for it.")
  public VacancyView close(@PathParam("id") long id) {
    return vacancies.close(id);
  }
}
