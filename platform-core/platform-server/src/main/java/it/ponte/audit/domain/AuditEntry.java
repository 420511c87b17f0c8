package it.ponte.audit.domain;

import it.ponte.platform.domain.Codes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a tenant's audit trail of personal data: who read or changed what, when. Names the
 * fields, never their values, so the trail itself holds no personal data beyond the actor. The
 * table refuses updates and deletes (a trigger), and the API offers neither.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  /** Username and token subject, or a named system actor such as the public form. */
  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action;

  @Column(name = "subject_type", nullable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  /** Names of the fields read or written, see {@link Codes}. */
  private String fields;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime at,
      String actor,
      AuditAction action,
      String subjectType,
      long subjectId,
      Set<String> fields) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectId = subjectId;
    this.fields = Codes.join(fields);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public long subjectId() {
    return subjectId;
  }

  public Set<String> fields() {
    return Codes.split(fields);
  }
}
