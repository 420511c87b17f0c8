package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateData;
import it.ponte.candidate.interfaces.CandidateDtos.ConsentBody;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.application.RateLimiter;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
@Path("t/{tenant}/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public form")
public class PublicRegistrationResource {

  /** Serialises a submission to keep it for reconciliation. */
  static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

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

  @Schema(
      name = "PrivacyNotice",
      description = "The privacy notice to consent to: its version, purposes and text.")
  public record NoticeView(
      String version,
      @Schema(description = "The territory, controller of the data") String controller,
      List<ConsentPurpose> purposes,
      @Schema(description = "The notice's text by language: it, and en where given")
          Map<String, String> text) {}

  @GET
  @Path("municipalities")
  @Operation(
      summary = "The municipalities a person may say they live in: ISTAT code and name.",
      description =
          "The ISTAT municipalities of the territory's provinces; empty when the territory"
              + " declares none (then the municipality is free text).")
  public List<Map<String, String>> municipalities() {
    var m = territory.descriptor().municipalities();
    return m == null
        ? List.of()
        : m.places().stream().map(p -> Map.of("code", p.code(), "name", p.name())).toList();
  }

  @GET
  @Path("privacy-notice")
  @Operation(
      summary = "The privacy notice a registration must consent to: version, purposes and text.",
      description =
          "The territory's own text from its descriptor (privacyNoticeText), or the platform's"
              + " standard notice naming the territory and its partners; Italian and English.")
  public NoticeView notice() {
    var d = territory.descriptor();
    Map<String, String> text =
        d.privacyNoticeText().isEmpty()
            ? it.ponte.tenancy.domain.StandardNotice.of(d.name(), d.partners())
            : d.privacyNoticeText();
    return new NoticeView(d.privacyNotice(), d.name(), List.of(ConsentPurpose.values()), text);
  }

  @POST
  @Path("registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registers a person from the territory's public form (no token).",
      description =
          "Needs consent to the current privacy notice version, PROGRAMME included. Answers 202"
              + " with a receipt, the same whether the person was new or looks already registered;"
              + " then the submission waits for an operator to reconcile it"
              + " (/registrations/pending) and the existing record is not touched."
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
    List<FieldError> errors = CandidateChecks.check(body, territory.descriptor());
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
        candidates.registerFromPublicForm(
            body.toPersonalData(), body.consent.toConsent(), JSON.toJson(body));
    return Response.accepted(
            new ReceiptView(
                receipt.code(),
                receipt.receivedAt(),
                "Thank you: your registration was received. An operator will contact you."))
        .build();
  }

  private String client() {
    return it.ponte.platform.interfaces.ForwardedFor.clientAddress(
        http.getRemoteAddr(), trustForwardedFor ? http.getHeader("X-Forwarded-For") : null);
  }
}
