package it.ponte.exchange.domain;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.candidate.domain.ReferralSource;
import it.ponte.company.domain.Contract;
import it.ponte.placement.domain.PlacementLink;
import it.ponte.placement.domain.PlacementType;
import it.ponte.placement.domain.TraineeCategory;
import it.ponte.training.domain.CourseCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a row of each kind says once read and checked: the API's own values, with references by the
 * territory's external ids.
 */
public final class Imported {

  private Imported() {}

  /** A person with their registration, consent and where they are in the programme. */
  public record Candidate(
      PersonalData data,
      ReferralSource referral,
      String referralPartner,
      OffsetDateTime registeredAt,
      Set<ConsentPurpose> consentPurposes,
      String consentNoticeVersion,
      OffsetDateTime consentGivenAt,
      CandidateStatus status,
      OutOfProtocolReason outOfProtocolReason,
      OffsetDateTime statusChangedAt) {}

  /** An interview; completed, it is an assessment. */
  public record Interview(
      String candidate,
      OffsetDateTime scheduledAt,
      OffsetDateTime completedAt,
      Assessment assessment,
      String notes) {}

  public record Company(
      String name,
      String vatNumber,
      String atecoCode,
      it.ponte.company.domain.Company.Size size,
      String address,
      String email,
      String phone,
      LocalDate boardJoinedOn,
      LocalDate boardLeftOn) {}

  /** A placement; {@code previous} and {@code link} go together. */
  public record Placement(
      String candidate,
      String company,
      PlacementType type,
      Contract contract,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal hoursPerWeek,
      BigDecimal monthlyAllowance,
      TraineeCategory traineeCategory,
      String previous,
      PlacementLink link) {}

  public record Course(
      String title,
      CourseCategory category,
      String provider,
      it.ponte.training.domain.Course.Mode mode,
      LocalDate startsOn,
      LocalDate endsOn) {}

  /** An enrolment; {@code outcome} ENROLLED while the course goes on. */
  public record Enrolment(
      String course,
      String candidate,
      it.ponte.training.domain.Enrolment.Status outcome,
      LocalDate completedOn) {}

  /** A follow-up survey, answered or not. */
  public record FollowUp(
      String candidate,
      LocalDate surveyedOn,
      boolean answered,
      Boolean working,
      Contract contract,
      Integer offersReceived) {}
}
