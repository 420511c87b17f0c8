package it.ponte.onboarding.interfaces;

import it.ponte.tenancy.domain.Tenant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant as the platform API shows it: registry state plus the declared descriptor fields. */
@Schema(name = "Tenant", description = "A territory registered on the platform.")
public record TenantView(
    @Schema(description = "Stable tenant id", example = "bergamo") String id,
    @Schema(description = "Display name") String name,
    @Schema(description = "ISTAT region code", example = "03") String region,
    @Schema(description = "BCP 47 locale", example = "it-IT") String locale,
    @Schema(description = "IANA time zone", example = "Europe/Rome") String timeZone,
    @Schema(description = "Zones of the territory") List<String> zones,
    @Schema(description = "Target days from registration to first interview")
        int firstInterviewSlaDays,
    @Schema(description = "Whether the tenant takes part in federated reports") boolean federation,
    @Schema(description = "PROVISIONING, ACTIVE or FAILED") String status,
    @Schema(description = "Last tenant changeset applied to the tenant's schema")
        String schemaVersion,
    @Schema(description = "Why the last onboarding or migration failed, if it did")
        String lastError,
    @Schema(description = "The plugins enabled in the territory now") List<String> plugins,
    @Schema(description = "Since when the territory is suspended (read-only); null when it is not")
        OffsetDateTime suspendedSince,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static TenantView of(
      Tenant tenant, java.util.Collection<String> plugins, OffsetDateTime suspendedSince) {
    var d = tenant.descriptor();
    return new TenantView(
        d.id().value(),
        d.name(),
        d.region(),
        d.locale(),
        d.timeZone(),
        d.zones(),
        d.firstInterviewSlaDays(),
        d.federation(),
        tenant.status().name(),
        tenant.schemaVersion(),
        tenant.lastError(),
        plugins.stream().sorted().toList(),
        suspendedSince,
        tenant.createdAt(),
        tenant.updatedAt());
  }
}
