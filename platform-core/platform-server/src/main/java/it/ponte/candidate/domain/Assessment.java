package it.ponte.candidate.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Esito del colloquio: how the interview assessed the candidate.
 *
 * @param profileType forte / in target / fragile
 * @param readiness pronto / non pronto / valutazione non terminata
 * @param employability Bergamo #Focus scale
 * @param sectors sectors the candidate is employable in
 */
public record Assessment(
    ProfileType profileType,
    Readiness readiness,
    Employability employability,
    Set<Sector> sectors) {

  public Assessment {
    Objects.requireNonNull(profileType, "profileType");
    Objects.requireNonNull(readiness, "readiness");
    sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
  }

  /** Profile type (forte, in target, fragile). */
  public enum ProfileType {
    STRONG,
    IN_TARGET,
    FRAGILE
  }

  /** Readiness for work (pronto, non pronto, valutazione non terminata). */
  public enum Readiness {
    READY,
    NOT_READY,
    ASSESSMENT_ONGOING
  }

  /** Employability on Bergamo's #Focus scale. */
  public enum Employability {
    /** Immediatamente ricollocabile. */
    IMMEDIATELY,
    /** Occupabile se supportato (lingua, auto, orari). */
    WITH_SUPPORT,
    /** Occupabile con percorso di accompagnamento. */
    WITH_PATHWAY,
    /** Poco occupabile. */
    POORLY
  }

  /** Sectors of employability. */
  public enum Sector {
    /** Pulizie. */
    CLEANING,
    /** Produzione, assemblaggio, confezionamento. */
    PRODUCTION,
    /** Magazzino, logistica. */
    LOGISTICS,
    /** Ristorazione. */
    RESTAURANTS,
    /** Assistenza, OSS. */
    CARE,
    OTHER
  }
}
