package it.ponte.extension.domain;

import java.time.OffsetDateTime;

/**
 * A plugin's state in one tenant.
 *
 * @param config the configuration as JSON text, defaults applied
 */
public record Enablement(
    String pluginId, boolean enabled, String config, OffsetDateTime changedAt, String changedBy) {}
