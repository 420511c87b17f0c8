package it.ponte.placement.domain;

import java.util.List;
import java.util.Optional;

/** Placements of the request's tenant. */
public interface PlacementRepository {

  Optional<Placement> find(long id);

  /** Placements by start date then id, optionally of one candidate or of one type. */
  List<Placement> list(Long candidateId, PlacementType type, int offset, int limit);

  long count(Long candidateId, PlacementType type);

  /** Stores a new placement and assigns its id. */
  void add(Placement placement);
}
