package it.ponte.audit.domain;

/** What was done with personal data. */
public enum AuditAction {
  /** The full record was shown. */
  READ,
  CREATE,
  UPDATE,
  /** A consent was recorded. */
  CONSENT,
  /** A consent was withdrawn, for some purposes. */
  CONSENT_WITHDRAWN,
  DOCUMENT_UPLOAD,
  DOCUMENT_DOWNLOAD,
  DOCUMENT_DELETE,
  /** The data-subject export was produced. */
  EXPORT,
  /** The person was erased on request. */
  ERASE,
  /**
   * A list of people was shown (a search, a vacancy's matches, its selections): the entry's subject
   * is the list, its id the number of people shown, its fields the filter.
   */
  LIST_READ
}
