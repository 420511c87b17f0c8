package it.ponte.onboarding.interfaces;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a tenant descriptor, for the OpenAPI document only: requests are read as JSON and
 * checked field by field by the same parser that reads {@code tenant.yaml}.
 */
@Schema(
    name = "TenantDescriptor",
    description = "What a territory declares; the same fields as tenants/<id>/tenant.yaml.")
public record TenantDescriptorDocument(
    @Schema(required = true, description = "Stable id, [a-z][a-z0-9-]{1,39}", example = "bergamo")
        String id,
    @Schema(
            required = true,
            description = "Display name",
            example = "Bergamo - #Focus / Sistema Lavoro")
        String name,
    @Schema(required = true, description = "ISTAT region code", example = "03") String region,
    @Schema(required = true, description = "BCP 47 locale", example = "it-IT") String locale,
    @Schema(required = true, description = "IANA time zone", example = "Europe/Rome")
        String timeZone,
    @Schema(required = true, description = "Zones of the territory, distinct") List<String> zones,
    @Schema(description = "Partner organisations") List<String> partners,
    @Schema(
            required = true,
            description = "Target days from registration to first interview, 1-365",
            example = "15")
        int firstInterviewSlaDays,
    @Schema(description = "Takes part in federated reports (default true)") boolean federation,
    @Schema(description = "Named scales with their ordered levels")
        Map<String, List<String>> scales,
    @Schema(description = "Enabled plugins by id, with their configuration")
        Map<String, Map<String, Object>> plugins) {}
