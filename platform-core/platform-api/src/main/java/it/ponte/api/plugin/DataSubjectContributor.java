package it.ponte.api.plugin;

import java.util.Map;

/** Adds a plugin's records of a person to their GDPR export, and erases them with the person. */
public interface DataSubjectContributor extends Extension {

  /** What the plugin holds about the candidate, as JSON-ready maps, lists and strings. */
  Map<String, Object> export(long candidateId);

  /**
   * Removes or anonymises what the plugin holds about the candidate, keeping aggregate facts. Runs
   * in the erasure's transaction.
   */
  void erase(long candidateId);
}
