package it.ponte.api.plugin;

import it.ponte.api.plugin.ReportContributor.Period;
import java.util.List;

/**
 * Adds figures to federated reports across territories. A plugin names the units behind each figure
 * (a loan, a dote, an application), never a count or a sum it computed itself: the core counts and
 * sums them, perturbs every published figure by a key drawn from exactly those units, and hides
 * small counts and dominated euro sums, so no sequence of requests singles anyone out.
 */
public interface FederatedMetricContributor extends Extension {

  /**
   * The units behind the plugin's federated figures in the request tenant for a period: flows by
   * the date of their event in the territory's time zone (a disbursement counts in the period it
   * was paid), stocks as at the period's last day. One unit per key and figure; a euro figure gives
   * each unit's amount (the unit is what one person or organisation received, so a dominance rule
   * can judge the sum).
   */
  List<FederatedUnit> units(Period period);
}
