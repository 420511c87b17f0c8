package it.ponte.candidate.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document formats accepted for CVs and IDs, recognised from the content, never from the file
 * name or the declared type.
 */
public enum DocumentType {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  ODT("application/vnd.oasis.opendocument.text");

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

  private final String mediaType;

  DocumentType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format of some content, or empty if it is none of the accepted ones. */
  public static Optional<DocumentType> detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (content.length < 4
        || content[0] != 'P'
        || content[1] != 'K'
        || content[2] != 3
        || content[3] != 4) {
      return Optional.empty();
    }
    boolean word = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
        if (entries == 1 && entry.getName().equals("mimetype")) {
          byte[] type = zip.readNBytes(100);
          if (new String(type, StandardCharsets.US_ASCII).equals(ODT_MIMETYPE)) {
            return Optional.of(ODT);
          }
        }
        if (entry.getName().equals("word/document.xml")) {
          word = true;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return word ? Optional.of(DOCX) : Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
