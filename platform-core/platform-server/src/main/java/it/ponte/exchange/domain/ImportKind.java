package it.ponte.exchange.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a file holds, with its columns: the API's field names, in the order an export writes them.
 * Required columns must be in the header; the others may be left out.
 */
public enum ImportKind {
  CANDIDATES(
      "candidates",
      "externalId",
      List.of(
          "externalId",
          "firstName",
          "lastName",
          "birthDate",
          "gender",
          "citizenship",
          "municipality",
          "zone",
          "email",
          "phone",
          "education",
          "italianLevel",
          "languages",
          "licences",
          "professions",
          "employmentStatus",
          "didDate",
          "difficulties",
          "hasCar",
          "availability",
          "notes",
          "referral",
          "referralPartner",
          "registeredAt",
          "consentPurposes",
          "consentNoticeVersion",
          "consentGivenAt",
          "status",
          "outOfProtocolReason",
          "statusChangedAt"),
      Set.of(
          "externalId",
          "firstName",
          "lastName",
          "birthDate",
          "gender",
          "citizenship",
          "registeredAt")),
  INTERVIEWS(
      "interviews",
      "externalId",
      List.of(
          "externalId",
          "candidateExternalId",
          "scheduledAt",
          "completedAt",
          "profileType",
          "readiness",
          "employability",
          "sectors",
          "notes"),
      Set.of("externalId", "candidateExternalId", "scheduledAt")),
  COMPANIES(
      "companies",
      "externalId",
      List.of(
          "externalId",
          "name",
          "vatNumber",
          "atecoCode",
          "size",
          "address",
          "email",
          "phone",
          "boardJoinedOn",
          "boardLeftOn"),
      Set.of("externalId", "name", "vatNumber")),
  PLACEMENTS(
      "placements",
      "externalId",
      List.of(
          "externalId",
          "candidateExternalId",
          "companyExternalId",
          "type",
          "contract",
          "startDate",
          "endDate",
          "hoursPerWeek",
          "monthlyAllowance",
          "traineeCategory",
          "previousExternalId",
          "link"),
      Set.of("externalId", "candidateExternalId", "companyExternalId", "type", "startDate")),
  COURSES(
      "courses",
      "externalId",
      List.of("externalId", "title", "category", "provider", "mode", "startsOn", "endsOn"),
      Set.of("externalId", "title", "category", "provider", "mode", "startsOn", "endsOn")),
  /** Keyed by course and person: one enrolment per person in a course. */
  ENROLMENTS(
      "enrolments",
      null,
      List.of("courseExternalId", "candidateExternalId", "outcome", "completedOn"),
      Set.of("courseExternalId", "candidateExternalId")),
  /** Keyed by person and survey date: one survey per person a day. */
  FOLLOW_UPS(
      "follow-ups",
      null,
      List.of(
          "candidateExternalId", "surveyedOn", "answered", "working", "contract", "offersReceived"),
      Set.of("candidateExternalId", "surveyedOn"));

  private final String slug;
  private final String keyColumn;
  private final List<String> columns;
  private final Set<String> required;

  ImportKind(String slug, String keyColumn, List<String> columns, Set<String> required) {
    this.slug = slug;
    this.keyColumn = keyColumn;
    this.columns = columns;
    this.required = required;
  }

  /** The kind's name in the API and in an export's file names. */
  public String slug() {
    return slug;
  }

  /** The column holding the territory's own id, null for kinds keyed by their references. */
  public String keyColumn() {
    return keyColumn;
  }

  public List<String> columns() {
    return columns;
  }

  public Set<String> required() {
    return required;
  }

  public static Optional<ImportKind> of(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }

  /** The slugs, for error messages. */
  public static List<String> slugs() {
    return Arrays.stream(values()).map(ImportKind::slug).toList();
  }
}
