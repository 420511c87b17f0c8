package it.ponte.it;

/** Tenant descriptors as JSON, for tests that onboard tenants. */
final class Descriptors {

  private Descriptors() {}

  /** A valid descriptor with the given id and ISTAT region code. */
  static String valid(String id, String region) {
    return """
        {"id": "%s", "name": "Territorio %s", "region": "%s", "locale": "it-IT",
         "timeZone": "Europe/Rome", "zones": ["Centro", "Valle"], "partners": ["Comune"],
         "firstInterviewSlaDays": 20, "federation": true,
         "scales": {"readiness": ["pronto", "non pronto", "valutazione non terminata"],
                    "employability": ["subito", "con supporto", "con percorso", "poco"]}, "plugins": {}}
        """
        .formatted(id, id, region);
  }
}
