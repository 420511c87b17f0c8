package it.ponte.api.plugin;

import java.util.Map;

/**
 * Adds counts to federated reports across territories. Only counts: the core applies disclosure
 * control (small cells suppressed) before anything leaves a tenant.
 */
public interface FederatedMetricContributor extends Extension {

  /** Named counts for the request's tenant, e.g. {@code "doti.active" -> 42}. */
  Map<String, Long> counts();
}
