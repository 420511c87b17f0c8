package it.ponte.exchange.interfaces;

import it.ponte.company.domain.Contract;
import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.followup.interfaces.FollowUpResource;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Follow-up surveys' rows, keyed by person and day: answered (working or not, contract, offers) or
 * sent without an answer, with the API's rules.
 */
@ApplicationScoped
public class FollowUpRows implements RowBinding<Imported.FollowUp> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.FOLLOW_UPS;
  }

  @Override
  public String key(Row row) {
    String candidate = row.text("candidateExternalId");
    String day = row.text("surveyedOn");
    return candidate == null || day == null ? null : candidate + "|" + day;
  }

  @Override
  public Imported.FollowUp bind(Row row, TenantDescriptor territory) {
    FollowUpResource.Survey body = new FollowUpResource.Survey();
    String candidate = row.text("candidateExternalId");
    body.surveyedOn = row.date("surveyedOn");
    body.answered = row.bool("answered");
    body.working = row.bool("working");
    body.contract = row.value("contract", Contract.class);
    body.offersReceived = row.integer("offersReceived");
    row.require("candidateExternalId", candidate);
    if (row.hasErrors()) {
      return null;
    }
    checks.validate(row, body);
    if (row.hasErrors()) {
      return null;
    }
    boolean answered = body.answered == null || body.answered;
    if (!answered
        && (body.working != null || body.contract != null || body.offersReceived != null)) {
      row.error(
          "answered",
          ImportError.VALIDATION,
          "an unanswered survey has no working, contract or offers");
    }
    if (answered && body.working == null) {
      row.error("working", ImportError.VALIDATION, "is required when the survey was answered");
    }
    if (Boolean.FALSE.equals(body.working) && body.contract != null) {
      row.error(
          "contract", "contract-without-work", "A contract is given only for a person who works.");
    }
    if (body.surveyedOn.isAfter(LocalDate.now())) {
      row.error("surveyedOn", ImportError.HISTORY, "is in the future");
    }
    if (row.hasErrors()) {
      return null;
    }
    return new Imported.FollowUp(
        candidate,
        body.surveyedOn,
        answered,
        body.working,
        body.contract,
        answered && body.offersReceived == null ? Integer.valueOf(0) : body.offersReceived);
  }
}
