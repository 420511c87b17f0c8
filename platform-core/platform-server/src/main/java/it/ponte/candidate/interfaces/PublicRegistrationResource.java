package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateData;
import it.ponte.candidate.interfaces.CandidateDtos.ConsentBody;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.application.RateLimiter;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A territory's public self-registration form: no token, a consent to the current privacy notice, a
 * rate limit per client, and an answer that never tells whether the person was already known.
 */
@RequestScoped
@Path("t/{tenant}/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public form")
public class PublicRegistrationResource {

  @Inject CandidateService candidates;

  @Inject CurrentTerritory territory;

  @Inject RateLimiter limiter;

  @Inject
  @ConfigProperty(name = "ponte.public.registrations-per-hour", defaultValue = "10")
  int perHour;

  @Inject
  @ConfigProperty(name = "ponte.public.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  @Context HttpServletRequest http;

  /** A self-registration. */
  @Schema(name = "PublicRegistration", description = "A person registering themselves.")
  public static class Registration extends CandidateData {

    @Schema(required = true, description = "Consent to the territory's current privacy notice")
    @NotNull
    @Valid
    public ConsentBody consent;
  }

  @Schema(name = "RegistrationReceipt", description = "The answer to every accepted registration.")
  public record ReceiptView(String receipt, OffsetDateTime receivedAt, String message) {}

  @Schema(name = "PrivacyNotice", description = "The privacy notice version to consent to.")
  public record NoticeView(String version, List<ConsentPurpose> purposes) {}

  @GET
  @Path("privacy-notice")
  @Operation(summary = "The version of the privacy notice a registration must consent to.")
  public NoticeView notice() {
    return new NoticeView(territory.descriptor().privacyNotice(), List.of(ConsentPurpose.values()));
  }

  @POST
  @Path("registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registers a person from the territory's public form (no token).",
      description =
          "Needs consent to the current privacy notice version, PROGRAMME included. Answers 202"
              + " with a receipt, the same whether the person was new or already registered (then"
              + " only the consent is recorded; existing data is never overwritten from the form)."
              + " Each client may send a limited number per hour (429 with Retry-After beyond).")
  public Response register(@NotNull @Valid Registration body) {
    String tenant = territory.descriptor().id().value();
    Optional<Duration> wait =
        limiter.acquire(tenant + "|" + client(), perHour, Duration.ofHours(1));
    if (wait.isPresent()) {
      throw new ProblemException(
          429,
          "rate-limited",
          "Too many requests",
          "Too many registrations from this client; try again later.",
          List.of(),
          Map.of("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds()))),
          null);
    }
    String notice = territory.descriptor().privacyNotice();
    List<FieldError> errors = CandidateChecks.check(body, territory.descriptor().zones());
    if (!notice.equals(body.consent.noticeVersion)) {
      errors.add(
          new FieldError(
              "/consent/noticeVersion", "must be the current privacy notice version, " + notice));
    }
    if (body.consent.purposes != null
        && !body.consent.purposes.contains(ConsentPurpose.PROGRAMME)) {
      errors.add(new FieldError("/consent/purposes", "must include PROGRAMME"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    CandidateService.Receipt receipt =
        candidates.registerFromPublicForm(body.toPersonalData(), body.consent.toConsent());
    return Response.accepted(
            new ReceiptView(
                receipt.code(),
                receipt.receivedAt(),
                "Thank you: your registration was received. An operator will contact you."))
        .build();
  }

  private String client() {
    if (trustForwardedFor) {
      String forwarded = http.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].strip();
      }
    }
    return http.getRemoteAddr();
  }
}
