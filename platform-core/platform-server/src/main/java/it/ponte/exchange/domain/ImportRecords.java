package it.ponte.exchange.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The territory's own ids of the records imports wrote, by kind. */
public interface ImportRecords {

  /** What an import remembers of a record: its id, what its row said, the run that last had it. */
  record Known(long recordId, String hash, long runId) {}

  /** The known records among these keys. */
  Map<String, Known> find(ImportKind kind, Collection<String> keys);

  /** The record ids of these external ids of a kind, for references from another kind. */
  Map<String, Long> ids(ImportKind kind, Collection<String> keys);

  /** Remembers new records, and what updated ones now say; all of them as had by the run. */
  void remember(ImportKind kind, List<Entry> created, List<Entry> updated, long runId);

  /** Marks the records rows of the run said nothing new about as had by it. */
  void seen(ImportKind kind, Collection<String> keys, long runId);

  /** The external id of each record of a kind among these ids; a record without one is absent. */
  Map<Long, String> keysOf(ImportKind kind, Collection<Long> recordIds);

  /** One record to remember. */
  record Entry(String key, long recordId, String hash) {}
}
