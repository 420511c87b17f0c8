package it.ponte.api.event;

import java.util.Map;

/** The payloads of the core's candidate events. Facts never carry personal data beyond ids. */
public final class CandidateEvents {

  private CandidateEvents() {}

  /** A payload about one candidate: the candidate is the aggregate; version 1 unless it says. */
  public interface CandidateEvent extends EventPayload {

    long candidateId();

    @Override
    default String aggregateType() {
      return "candidate";
    }

    @Override
    default long aggregateId() {
      return candidateId();
    }

    @Override
    default int version() {
      return 1;
    }
  }

  /** A candidate was registered, by an operator or on the public form. */
  public record Registered(long candidateId, String zone) implements CandidateEvent {
    public static Registered from(DomainEvent e) {
      EventPayload.require(e, DomainEventTypes.CANDIDATE_REGISTERED);
      return new Registered(e.aggregateId(), e.data().get("zone"));
    }

    @Override
    public String type() {
      return DomainEventTypes.CANDIDATE_REGISTERED;
    }

    @Override
    public Map<String, String> facts() {
      return EventPayload.facts("zone", zone);
    }
  }

  /** An interview was assessed: the levels of the assessment (employability may be null). */
  public record Assessed(
      long candidateId, String profileType, String readiness, String employability)
      implements CandidateEvent {
    public static Assessed from(DomainEvent e) {
      EventPayload.require(e, DomainEventTypes.CANDIDATE_ASSESSED);
      Map<String, String> d = e.data();
      return new Assessed(
          e.aggregateId(), d.get("profileType"), d.get("readiness"), d.get("employability"));
    }

    @Override
    public String type() {
      return DomainEventTypes.CANDIDATE_ASSESSED;
    }

    @Override
    public Map<String, String> facts() {
      return EventPayload.facts(
          "profileType", profileType, "readiness", readiness, "employability", employability);
    }
  }

  /**
   * A candidate entered the protocol, left it (with the reason) or was readmitted.
   *
   * @param type {@link DomainEventTypes#CANDIDATE_IN_PROTOCOL}, {@link
   *     DomainEventTypes#CANDIDATE_LEFT_PROTOCOL} or {@link DomainEventTypes#CANDIDATE_READMITTED}
   * @param reason why they left; null for the other two
   */
  public record Moved(String type, long candidateId, String reason) implements CandidateEvent {

    public Moved {
      if (!type.equals(DomainEventTypes.CANDIDATE_IN_PROTOCOL)
          && !type.equals(DomainEventTypes.CANDIDATE_LEFT_PROTOCOL)
          && !type.equals(DomainEventTypes.CANDIDATE_READMITTED)) {
        throw new IllegalArgumentException("Not a move of a candidate: " + type);
      }
    }

    public static Moved from(DomainEvent e) {
      return new Moved(e.type(), e.aggregateId(), e.data().get("reason"));
    }

    @Override
    public Map<String, String> facts() {
      return EventPayload.facts("reason", reason);
    }
  }

  /** A candidate's personal data was erased on request. */
  public record Erased(long candidateId) implements CandidateEvent {
    public static Erased from(DomainEvent e) {
      EventPayload.require(e, DomainEventTypes.CANDIDATE_ERASED);
      return new Erased(e.aggregateId());
    }

    @Override
    public String type() {
      return DomainEventTypes.CANDIDATE_ERASED;
    }

    @Override
    public Map<String, String> facts() {
      return Map.of();
    }
  }
}
