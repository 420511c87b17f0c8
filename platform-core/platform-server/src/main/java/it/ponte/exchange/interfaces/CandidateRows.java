package it.ponte.exchange.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.Difficulty;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.Gender;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.candidate.domain.ReferralSource;
import it.ponte.candidate.domain.Shift;
import it.ponte.candidate.interfaces.CandidateChecks;
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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Candidates' rows: the API's registration body, its checks, and the history of the person. */
@ApplicationScoped
public class CandidateRows implements RowBinding<Imported.Candidate> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.CANDIDATES;
  }

  @Override
  public String key(Row row) {
    return row.text("externalId");
  }

  @Override
  public Imported.Candidate bind(Row row, TenantDescriptor territory) {
    CandidateDtos.NewCandidate body = new CandidateDtos.NewCandidate();
    body.firstName = row.text("firstName");
    body.lastName = row.text("lastName");
    body.birthDate = row.date("birthDate");
    body.gender = row.value("gender", Gender.class);
    body.citizenship = row.text("citizenship");
    body.municipality = row.text("municipality");
    body.zone = row.text("zone");
    body.email = row.text("email");
    body.phone = row.text("phone");
    body.education = row.value("education", Education.class);
    body.italianLevel = row.value("italianLevel", ItalianLevel.class);
    body.languages = new LinkedHashSet<>(row.texts("languages"));
    body.licences = row.values("licences", Licence.class);
    body.professions = new LinkedHashSet<>(row.texts("professions"));
    body.employmentStatus = row.value("employmentStatus", EmploymentStatus.class);
    body.didDate = row.date("didDate");
    body.difficulties = row.values("difficulties", Difficulty.class);
    body.hasCar = row.bool("hasCar");
    body.availability = row.values("availability", Shift.class);
    body.notes = row.text("notes");
    body.referral = row.value("referral", ReferralSource.class);
    body.referralPartner = row.text("referralPartner");
    OffsetDateTime registeredAt = row.instant("registeredAt");
    Set<ConsentPurpose> purposes = row.values("consentPurposes", ConsentPurpose.class);
    String noticeVersion = row.text("consentNoticeVersion");
    OffsetDateTime consentGivenAt = row.instant("consentGivenAt");
    CandidateStatus status = row.value("status", CandidateStatus.class);
    OutOfProtocolReason reason = row.value("outOfProtocolReason", OutOfProtocolReason.class);
    OffsetDateTime statusChanged = row.instant("statusChangedAt");
    if (row.text("externalId") == null) {
      row.error("externalId", ImportError.VALIDATION, "must not be blank");
    }
    if (row.hasErrors()) {
      return null;
    }
    checks.validate(row, body);
    if (row.hasErrors()) {
      return null;
    }
    row.fieldErrors(CandidateChecks.check(body, territory), Map.of());
    PersonalData data = body.toPersonalData();
    CandidateService.healthConsentMissing(data, purposes)
        .ifPresent(e -> row.fieldErrors(java.util.List.of(e), Map.of()));
    history(row, territory, registeredAt, purposes, noticeVersion, consentGivenAt);
    status = status == null ? CandidateStatus.REGISTERED : status;
    if ((status == CandidateStatus.OUT_OF_PROTOCOL) != (reason != null)) {
      row.error(
          "outOfProtocolReason",
          ImportError.VALIDATION,
          status == CandidateStatus.OUT_OF_PROTOCOL
              ? "is required for a person OUT_OF_PROTOCOL"
              : "is given only for a person OUT_OF_PROTOCOL");
    }
    if (statusChanged != null && registeredAt != null && statusChanged.isBefore(registeredAt)) {
      row.error("statusChangedAt", ImportError.HISTORY, "is before the registration");
    }
    if (statusChanged != null && statusChanged.isAfter(OffsetDateTime.now())) {
      row.error("statusChangedAt", ImportError.HISTORY, "is in the future");
    }
    OffsetDateTime statusChangedAt = statusChanged == null ? registeredAt : statusChanged;
    if (row.hasErrors()) {
      return null;
    }
    return new Imported.Candidate(
        data,
        body.referral,
        body.referralPartner,
        registeredAt,
        purposes.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class) : purposes,
        noticeVersion,
        purposes.isEmpty() ? null : consentGivenAt == null ? registeredAt : consentGivenAt,
        status,
        reason,
        statusChangedAt);
  }

  private static void history(
      Row row,
      TenantDescriptor territory,
      OffsetDateTime registeredAt,
      Set<ConsentPurpose> purposes,
      String noticeVersion,
      OffsetDateTime consentGivenAt) {
    if (registeredAt == null) {
      row.error("registeredAt", ImportError.VALIDATION, "must not be null");
    } else if (registeredAt.isAfter(OffsetDateTime.now())) {
      row.error("registeredAt", ImportError.HISTORY, "is in the future");
    }
    if (purposes.isEmpty() != (noticeVersion == null)) {
      row.error(
          purposes.isEmpty() ? "consentPurposes" : "consentNoticeVersion",
          ImportError.VALIDATION,
          "a consent has both its purposes and the version of the notice");
    }
    if (!purposes.isEmpty() && !purposes.contains(ConsentPurpose.PROGRAMME)) {
      row.error("consentPurposes", ImportError.VALIDATION, "must include PROGRAMME");
    }
    if (noticeVersion != null && noticeVersion.length() > 40) {
      row.error("consentNoticeVersion", ImportError.VALIDATION, "size must be between 0 and 40");
    }
    if (consentGivenAt != null && consentGivenAt.isAfter(OffsetDateTime.now())) {
      row.error("consentGivenAt", ImportError.HISTORY, "is in the future");
    }
  }
}
