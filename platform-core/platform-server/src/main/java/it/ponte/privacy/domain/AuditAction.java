package it.ponte.privacy.domain;

/** What was done with personal data. */
public enum AuditAction {
  /** The full record was shown. */
  READ,
  CREATE,
  UPDATE,
  /** A consent was recorded. */
  CONSENT,
  DOCUMENT_UPLOAD,
  DOCUMENT_DOWNLOAD,
  DOCUMENT_DELETE,
  /** The data-subject export was produced. */
  EXPORT,
  /** The person was erased on request. */
  ERASE
}
