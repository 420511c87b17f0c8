package it.ponte.training.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.training.application.CourseService;
import it.ponte.training.interfaces.CourseResource.EnrolmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The courses a person is or was enrolled in, for their record. */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CandidateEnrolmentResource {

  @Inject CandidateService candidates;

  @Inject CourseService courses;

  @Inject EnrolmentViews views;

  @GET
  @Operation(summary = "Lists the person's course enrolments with their outcome.")
  public List<EnrolmentView> list(@PathParam("id") long id) {
    candidates.get(id);
    return views.of(courses.enrolmentsOf(id));
  }
}
