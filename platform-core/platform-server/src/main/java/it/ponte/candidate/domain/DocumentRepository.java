package it.ponte.candidate.domain;

import java.util.List;
import java.util.Optional;

/** Candidates' documents in the request's tenant. */
public interface DocumentRepository {

  Optional<Document> find(long candidateId, long id);

  /** A candidate's documents, content not loaded. */
  List<Document> ofCandidate(long candidateId);

  void add(Document document);

  void remove(Document document);

  /** Deletes every document of a candidate; returns how many. */
  int removeAll(long candidateId);
}
