package it.ponte.candidate.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A candidate's document: a CV or an identity document, with its content. */
@Entity
@Table(name = "document")
public class Document {

  /** What the document is. */
  public enum Kind {
    CV,
    /** Documento d'identità. */
    ID
  }

  /** Largest document accepted, in bytes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String filename;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected Document() {}

  public Document(
      long candidateId,
      Kind kind,
      String filename,
      DocumentType type,
      byte[] content,
      String sha256,
      OffsetDateTime at,
      String by) {
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("A document is at most " + MAX_BYTES + " bytes");
    }
    this.candidateId = candidateId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.filename = Objects.requireNonNull(filename, "filename");
    this.contentType = type.mediaType();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.content = content;
    this.uploadedAt = at;
    this.uploadedBy = by;
  }

  public Long id() {
    return id;
  }

  public long candidateId() {
    return candidateId;
  }

  public Kind kind() {
    return kind;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
