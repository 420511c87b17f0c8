package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.interfaces.CandidateDtos.InterviewView;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's interview agenda: who is seen when, across all its people. */
@ApplicationScoped
@Path("t/{tenant}/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class InterviewAgendaResource {

  /** The longest span one call may ask for. */
  static final int MAX_DAYS = 31;

  static final int MAX_ENTRIES = 500;

  @Inject CandidateService candidates;

  @Inject CurrentTerritory territory;

  @Schema(name = "AgendaEntry", description = "An interview of the agenda, with its person.")
  public record AgendaView(String candidateName, InterviewView interview) {}

  @GET
  @Operation(
      summary = "Lists the interviews scheduled from one day to another, by time.",
      description =
          "Days are the territory's calendar days, both included, at most 31 of them; at most 500"
              + " interviews are listed. Completed interviews are included, with their outcome.")
  public List<AgendaView> agenda(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    if (from == null || to == null) {
      throw ProblemException.validation(
          List.of(new FieldError("/from", "from and to are both required (YYYY-MM-DD)")));
    }
    if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS - 1))) {
      throw ProblemException.validation(
          List.of(new FieldError("/to", "must be from 'from' to " + MAX_DAYS + " days after it")));
    }
    ZoneId zone = ZoneId.of(territory.descriptor().timeZone());
    return candidates
        .agenda(
            from.atStartOfDay(zone).toOffsetDateTime(),
            to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
            MAX_ENTRIES)
        .stream()
        .map(e -> new AgendaView(e.candidateName(), InterviewView.of(e.interview())))
        .toList();
  }
}
