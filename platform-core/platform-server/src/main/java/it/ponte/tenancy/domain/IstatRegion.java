package it.ponte.tenancy.domain;

import java.util.Map;
import java.util.Optional;

/** The twenty Italian regions by ISTAT code (codice regione). */
public final class IstatRegion {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("01", "Piemonte"),
          Map.entry("02", "Valle d'Aosta"),
          Map.entry("03", "Lombardia"),
          Map.entry("04", "Trentino-Alto Adige"),
          Map.entry("05", "Veneto"),
          Map.entry("06", "Friuli-Venezia Giulia"),
          Map.entry("07", "Liguria"),
          Map.entry("08", "Emilia-Romagna"),
          Map.entry("09", "Toscana"),
          Map.entry("10", "Umbria"),
          Map.entry("11", "Marche"),
          Map.entry("12", "Lazio"),
          Map.entry("13", "Abruzzo"),
          Map.entry("14", "Molise"),
          Map.entry("15", "Campania"),
          Map.entry("16", "Puglia"),
          Map.entry("17", "Basilicata"),
          Map.entry("18", "Calabria"),
          Map.entry("19", "Sicilia"),
          Map.entry("20", "Sardegna"));

  private IstatRegion() {}

  /** The region's name for a two-digit ISTAT code, if the code exists. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }
}
