package it.ponte.tenancy.interfaces;

import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a territory's members need to know of it to work: its name, calendar, zones and targets. The
 * platform's registry view ({@code /platform/tenants}) stays for platform admins.
 */
@ApplicationScoped
@Path("t/{tenant}/territory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territory")
public class TerritoryResource {

  @Inject CurrentTerritory territory;

  @Schema(name = "Territory", description = "The territory as its members see it.")
  public record TerritoryView(
      String id,
      @Schema(description = "Display name") String name,
      @Schema(description = "ISTAT region code", example = "03") String region,
      @Schema(description = "BCP 47 locale", example = "it-IT") String locale,
      @Schema(description = "IANA time zone dates are shown in", example = "Europe/Rome")
          String timeZone,
      @Schema(description = "Zones, for a person's residence and a vacancy's workplace")
          List<String> zones,
      List<String> partners,
      @Schema(description = "Target days from registration to the first interview")
          int firstInterviewSlaDays,
      @Schema(description = "Version of the privacy notice people consent to now")
          String privacyNotice,
      @Schema(
              description =
                  "The territory's words for the assessment's levels, in the platform's order"
                      + " (profileType, readiness, employability); no employability scale means"
                      + " the territory records none")
          java.util.Map<String, List<String>> scales,
      @Schema(
              description =
                  "The ISTAT municipalities of the territory's provinces (code, name, zone), by"
                      + " code; empty when the territory declares none and a municipality is free"
                      + " text. A person's zone follows from their municipality.")
          List<Municipality> municipalities) {}

  /** A municipality of the territory and the zone it belongs to. */
  @Schema(name = "TerritoryMunicipality")
  public record Municipality(
      @Schema(description = "ISTAT code", example = "037006") String code,
      @Schema(example = "Bologna") String name,
      String zone) {}

  @GET
  @Path("descriptor")
  @Operation(
      summary = "The territory's descriptor in full, as in tenants/<id>/tenant.yaml (its admins).",
      description =
          "Every field the territory was onboarded or started with: zones and municipalities,"
              + " SLA, scales, partners, matching weights, federation, privacy notice, plugins"
              + " with their configuration.")
  public JsonObject descriptor() {
    return (JsonObject) JsonValues.toJson(territory.descriptor().toMap());
  }

  @GET
  @Operation(summary = "The territory's name, time zone, zones and targets, for its members.")
  public TerritoryView get() {
    var d = territory.descriptor();
    return new TerritoryView(
        d.id().value(),
        d.name(),
        d.region(),
        d.locale(),
        d.timeZone(),
        d.zones(),
        d.partners(),
        d.firstInterviewSlaDays(),
        d.privacyNotice(),
        d.scales(),
        d.municipalities() == null
            ? List.of()
            : d.municipalities().places().stream()
                .map(p -> new Municipality(p.code(), p.name(), p.zone()))
                .toList());
  }
}
