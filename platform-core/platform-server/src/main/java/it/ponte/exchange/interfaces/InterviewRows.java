package it.ponte.exchange.interfaces;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.interfaces.CandidateDtos;
import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/** Interviews' rows: a completed interview carries its assessment, checked as the API checks it. */
@ApplicationScoped
public class InterviewRows implements RowBinding<Imported.Interview> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.INTERVIEWS;
  }

  @Override
  public String key(Row row) {
    return row.text("externalId");
  }

  @Override
  public Imported.Interview bind(Row row, TenantDescriptor territory) {
    String candidate = row.text("candidateExternalId");
    OffsetDateTime scheduledAt = row.instant("scheduledAt");
    OffsetDateTime completedAt = row.instant("completedAt");
    CandidateDtos.AssessmentBody body = new CandidateDtos.AssessmentBody();
    body.profileType = row.value("profileType", Assessment.ProfileType.class);
    body.readiness = row.value("readiness", Assessment.Readiness.class);
    body.employability = row.value("employability", Assessment.Employability.class);
    body.sectors = row.values("sectors", Assessment.Sector.class);
    String notes = row.text("notes");
    row.require("externalId", row.text("externalId"));
    row.require("candidateExternalId", candidate);
    row.require("scheduledAt", scheduledAt);
    if (row.hasErrors()) {
      return null;
    }
    boolean assessed =
        body.profileType != null
            || body.readiness != null
            || body.employability != null
            || !body.sectors.isEmpty();
    if (completedAt != null) {
      checks.validate(row, body);
    } else if (assessed) {
      row.error(
          "completedAt", ImportError.VALIDATION, "is required for an interview with an assessment");
    }
    if (notes != null && notes.length() > 4000) {
      row.error("notes", ImportError.VALIDATION, "size must be between 0 and 4000");
    }
    if (completedAt != null && completedAt.isAfter(OffsetDateTime.now())) {
      row.error("completedAt", ImportError.HISTORY, "is in the future");
    }
    if (row.hasErrors()) {
      return null;
    }
    return new Imported.Interview(
        candidate,
        scheduledAt,
        completedAt,
        completedAt == null
            ? null
            : new Assessment(body.profileType, body.readiness, body.employability, body.sectors),
        notes);
  }
}
