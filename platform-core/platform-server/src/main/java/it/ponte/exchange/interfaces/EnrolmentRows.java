package it.ponte.exchange.interfaces;

import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.training.domain.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Enrolments' rows, keyed by course and person: an outcome of COMPLETED (with the day) or
 * WITHDRAWN, or ENROLLED (the default) while the course goes on.
 */
@ApplicationScoped
public class EnrolmentRows implements RowBinding<Imported.Enrolment> {

  @Override
  public ImportKind kind() {
    return ImportKind.ENROLMENTS;
  }

  @Override
  public String key(Row row) {
    String course = row.text("courseExternalId");
    String candidate = row.text("candidateExternalId");
    return course == null || candidate == null ? null : course + "|" + candidate;
  }

  @Override
  public Imported.Enrolment bind(Row row, TenantDescriptor territory) {
    String course = row.text("courseExternalId");
    String candidate = row.text("candidateExternalId");
    Enrolment.Status outcome = row.value("outcome", Enrolment.Status.class);
    LocalDate completedOn = row.date("completedOn");
    row.require("courseExternalId", course);
    row.require("candidateExternalId", candidate);
    outcome = outcome == null ? Enrolment.Status.ENROLLED : outcome;
    if (completedOn != null && outcome != Enrolment.Status.COMPLETED) {
      row.error("completedOn", ImportError.VALIDATION, "is given only with the outcome COMPLETED");
    }
    if (completedOn != null && completedOn.isAfter(LocalDate.now())) {
      row.error("completedOn", ImportError.HISTORY, "is in the future");
    }
    return row.hasErrors() ? null : new Imported.Enrolment(course, candidate, outcome, completedOn);
  }
}
