package it.ponte.audit.domain;

import java.util.List;

/** The audit trail of the request's tenant: append and read, nothing else. */
public interface AuditRepository {

  void append(AuditEntry entry);

  /** The entries about one subject, oldest first. */
  List<AuditEntry> of(String subjectType, long subjectId, int offset, int limit);

  long count(String subjectType, long subjectId);
}
