package it.ponte.training.interfaces;

import it.ponte.platform.interfaces.Paging;
import it.ponte.training.application.CourseService;
import it.ponte.training.domain.Course;
import it.ponte.training.domain.CourseCategory;
import it.ponte.training.domain.CourseRates;
import it.ponte.training.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Courses (formazione) of a territory, their enrolments and rates. */
@ApplicationScoped
@Path("t/{tenant}/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseResource {

  @Inject CourseService courses;

  @Inject EnrolmentViews enrolmentViews;

  @Inject it.ponte.tenancy.application.CurrentTerritory territory;

  @Context UriInfo uriInfo;

  /** A course to create. */
  @Schema(name = "NewCourse", description = "A course to offer.")
  public static class NewCourse {

    @Schema(required = true, example = "Operatore socio-sanitario (OSS)")
    @NotBlank
    @Size(max = 200)
    public String title;

    @Schema(required = true)
    @NotNull
    public CourseCategory category;

    @Schema(
        required = true,
        description = "Ente di formazione",
        example = "Fondazione Aldini Valeriani")
    @NotBlank
    @Size(max = 200)
    public String provider;

    @Schema(required = true)
    @NotNull
    public Course.Mode mode;

    @Schema(required = true)
    @NotNull
    public LocalDate startsOn;

    @Schema(required = true)
    @NotNull
    public LocalDate endsOn;
  }

  /** A candidate to enrol. */
  @Schema(name = "NewEnrolment", description = "A candidate to enrol.")
  public static class NewEnrolment {

    @Schema(required = true)
    @NotNull
    public Long candidateId;
  }

  /** How an enrolment ended. */
  @Schema(name = "EnrolmentOutcome", description = "COMPLETED (on a day) or WITHDRAWN.")
  public static class Outcome {

    @Schema(required = true)
    @NotNull
    public Enrolment.Status status;

    @Schema(description = "Completion day; today when left out")
    public LocalDate completedOn;
  }

  @Schema(name = "Course", description = "A course with its rates.")
  public record CourseView(
      long id,
      String title,
      CourseCategory category,
      String provider,
      Course.Mode mode,
      LocalDate startsOn,
      LocalDate endsOn,
      @Schema(description = "Enrolments not withdrawn") long participants,
      @Schema(
              description =
                  "Placements of participants from the course's first day, renewals and"
                      + " transformations included")
          long placements,
      @Schema(description = "Participants with at least one such placement")
          long participantsPlaced,
      @Schema(
              description =
                  "Tasso di inserimento, percent: placements / participants; may exceed 100")
          BigDecimal placementRate,
      @Schema(description = "Tasso di occupazione, percent: participants placed / participants")
          BigDecimal employmentRate) {

    static CourseView of(Course c, CourseRates r) {
      return new CourseView(
          c.id(),
          c.title(),
          c.category(),
          c.provider(),
          c.mode(),
          c.startsOn(),
          c.endsOn(),
          r.participants(),
          r.placements(),
          r.participantsPlaced(),
          r.placementRate(),
          r.employmentRate());
    }
  }

  @Schema(name = "CoursePage", description = "A page of courses by start date.")
  public record CoursePage(List<CourseView> items, long total, int offset, int limit) {}

  @Schema(name = "Enrolment", description = "A candidate's enrolment in a course.")
  public record EnrolmentView(
      long id,
      long courseId,
      String courseTitle,
      long candidateId,
      @Schema(description = "The person's name; null once their data was erased")
          String candidateName,
      Enrolment.Status status,
      OffsetDateTime enrolledAt,
      LocalDate completedOn) {

    static EnrolmentView of(Enrolment e, String courseTitle, String candidateName) {
      return new EnrolmentView(
          e.id(),
          e.courseId(),
          courseTitle,
          e.candidateId(),
          candidateName,
          e.status(),
          e.enrolledAt(),
          e.completedOn());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Creates a course.")
  public Response create(@NotNull @Valid NewCourse body) {
    Course course =
        courses.create(
            body.title.strip(),
            body.category,
            body.provider.strip(),
            body.mode,
            body.startsOn,
            body.endsOn);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(course.id())).build())
        .entity(CourseView.of(course, new CourseRates(0, 0, 0)))
        .build();
  }

  @GET
  @Operation(summary = "Lists courses by start date, with their rates.")
  public CoursePage list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    List<CourseView> items =
        courses.listWithRates(offset, limit).stream()
            .map(r -> CourseView.of(r.course(), r.rates()))
            .toList();
    return new CoursePage(items, courses.count(), offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Shows a course with its placement and employment rates.",
      description =
          "Tasso di inserimento = placements of participants / participants (may exceed 100%);"
              + " tasso di occupazione = participants with at least one placement / participants."
              + " Participants are enrolments not withdrawn; placements count from the course's"
              + " first day.")
  public CourseView get(@PathParam("id") long id) {
    return CourseView.of(courses.get(id), courses.rates(id));
  }

  @GET
  @Path("{id}/enrolments")
  @Operation(summary = "Lists a course's enrolments.")
  public List<EnrolmentView> enrolments(@PathParam("id") long id) {
    return enrolmentViews.of(courses.enrolments(id));
  }

  @POST
  @Path("{id}/enrolments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrols a candidate; enrolling twice answers 409.")
  public Response enrol(@PathParam("id") long id, @NotNull @Valid NewEnrolment body) {
    Enrolment e = courses.enrol(id, body.candidateId);
    return Response.status(Response.Status.CREATED)
        .entity(enrolmentViews.of(List.of(e)).get(0))
        .build();
  }

  @POST
  @Path("{id}/enrolments/{candidateId}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ends an enrolment as COMPLETED or WITHDRAWN; it ends once (409 after).")
  public EnrolmentView end(
      @PathParam("id") long id,
      @PathParam("candidateId") long candidateId,
      @NotNull @Valid Outcome body) {
    LocalDate on =
        body.completedOn == null
            ? LocalDate.now(java.time.ZoneId.of(territory.descriptor().timeZone()))
            : body.completedOn;
    return enrolmentViews.of(List.of(courses.end(id, candidateId, body.status, on))).get(0);
  }
}
