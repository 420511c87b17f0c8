package it.ponte.candidate.application;

import it.ponte.api.event.CandidateEvents;
import it.ponte.api.event.DomainEventTypes;
import it.ponte.audit.application.AuditTrail;
import it.ponte.audit.domain.AuditAction;
import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateFilter;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Consent;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.Difficulty;
import it.ponte.candidate.domain.Document;
import it.ponte.candidate.domain.DocumentRepository;
import it.ponte.candidate.domain.DocumentType;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.InterviewRepository;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PendingRegistration;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.candidate.domain.ReferralSource;
import it.ponte.events.application.DomainEvents;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Registers candidates and moves them along their lifecycle, in the request's tenant. */
@ApplicationScoped
@Transactional
public class CandidateService {

  @Inject CandidateRepository candidates;

  @Inject InterviewRepository interviews;

  @Inject CallerContext caller;

  @Inject AuditTrail audit;

  @Inject it.ponte.candidate.domain.PendingRegistrations pending;

  @Inject DocumentRepository documents;

  @Inject DomainEvents events;

  @Inject ContactAttempts contactAttempts;

  /** Missed interviews that show a person is not collaborating. */
  static final int MISSED_INTERVIEWS_EVIDENCE = 2;

  /** Unanswered attempts to reach a person that show they are not collaborating. */
  static final int UNANSWERED_ATTEMPTS_EVIDENCE = 3;

  private final Clock clock = Clock.systemUTC();

  /**
   * Registers a candidate whose data the caller has already checked against the territory, with the
   * consent they gave, if any, and who sent them (null when not known).
   */
  public Candidate register(
      PersonalData data, ConsentGiven consent, ReferralSource referral, String partner) {
    requireHealthConsent(data, consent == null ? Set.of() : consent.purposes());
    Candidate candidate = new Candidate(data, OffsetDateTime.now(clock), caller.actor());
    candidate.referredBy(referral, partner);
    candidates.add(candidate);
    audit.candidate(candidate.id(), AuditAction.CREATE, data.fields().keySet());
    registered(candidate);
    if (consent != null) {
      recordConsent(candidate.id(), consent, Consent.Source.OPERATOR);
    }
    return candidate;
  }

  /** What the public form answers: the same whether the person was new or already known. */
  public record Receipt(String code, OffsetDateTime receivedAt) {}

  /**
   * Registers a person from the public form. When they look like someone already registered, the
   * submission is only queued for an operator to reconcile ({@link #mergePending}, {@link
   * #keepPendingApart}): an anonymous caller never changes an existing record, not even its
   * consents. The receipt is the same in both cases, so the form never reveals who is registered.
   *
   * @param submission the submitted form as JSON, kept with a queued submission
   */
  public Receipt registerFromPublicForm(
      PersonalData data, ConsentGiven consent, String submission) {
    requireHealthConsent(data, consent.purposes());
    OffsetDateTime now = OffsetDateTime.now(clock);
    String code = receiptCode();
    var existing = candidates.findSamePerson(data);
    if (existing.isPresent()) {
      pending.add(
          code, now, submission, consent.noticeVersion(), consent.purposes(), existing.get().id());
      return new Receipt(code, now);
    }
    Candidate candidate = new Candidate(data, now, AuditTrail.PUBLIC_FORM);
    candidate.referredBy(ReferralSource.SELF_REGISTRATION, null);
    candidates.add(candidate);
    long id = candidate.id();
    audit.candidate(AuditTrail.PUBLIC_FORM, id, AuditAction.CREATE, data.fields().keySet());
    registered(candidate);
    candidates.addConsent(
        new Consent(
            id, consent.noticeVersion(), consent.purposes(), now, Consent.Source.PUBLIC_FORM));
    audit.candidate(AuditTrail.PUBLIC_FORM, id, AuditAction.CONSENT, Set.of("consents"));
    candidates.addReceipt(code, now, id, true);
    return new Receipt(code, now);
  }

  /** The queue of public-form submissions that looked like someone registered; newest first. */
  public List<PendingRegistration> pending(
      PendingRegistration.Status status, int offset, int limit) {
    List<PendingRegistration> page = pending.list(status, offset, limit);
    audit.listRead(
        Set.of(
            "list=pending-registrations",
            "status=" + (status == null ? "ANY" : status),
            "offset=" + offset,
            "limit=" + limit),
        page.size());
    return page;
  }

  public long countPending(PendingRegistration.Status status) {
    return pending.count(status);
  }

  /**
   * An operator confirms a queued submission is the person already registered: their consent from
   * the form is recorded on that record (dated when they gave it). Nothing else of the record is
   * changed; the operator edits it if the submission brought news.
   */
  public PendingRegistration mergePending(long pendingId) {
    PendingRegistration p = openPending(pendingId);
    Candidate matched = get(p.matchedCandidateId());
    if (matched.erasedAt() != null) {
      throw ProblemException.conflict(
          "candidate-erased", "The matched person was erased: keep this submission apart instead.");
    }
    candidates.addConsent(
        new Consent(
            matched.id(),
            p.noticeVersion(),
            p.purposes(),
            p.receivedAt(),
            Consent.Source.PUBLIC_FORM));
    audit.candidate(matched.id(), AuditAction.CONSENT, Set.of("consents"));
    pending.decide(
        pendingId,
        PendingRegistration.Status.MERGED,
        OffsetDateTime.now(clock),
        caller.actor(),
        matched.id());
    return pending.lock(pendingId).orElseThrow();
  }

  /**
   * An operator finds a queued submission is someone else: a new record is made from it, with its
   * consent, as the form would have made it.
   */
  public PendingRegistration keepPendingApart(
      long pendingId, PersonalData data, ConsentGiven consent) {
    PendingRegistration p = openPending(pendingId);
    Candidate candidate = new Candidate(data, p.receivedAt(), AuditTrail.PUBLIC_FORM);
    candidate.referredBy(ReferralSource.SELF_REGISTRATION, null);
    candidates.add(candidate);
    long id = candidate.id();
    audit.candidate(id, AuditAction.CREATE, data.fields().keySet());
    registered(candidate);
    candidates.addConsent(
        new Consent(
            id,
            consent.noticeVersion(),
            consent.purposes(),
            p.receivedAt(),
            Consent.Source.PUBLIC_FORM));
    audit.candidate(id, AuditAction.CONSENT, Set.of("consents"));
    pending.decide(
        pendingId,
        PendingRegistration.Status.KEPT_APART,
        OffsetDateTime.now(clock),
        caller.actor(),
        id);
    return pending.lock(pendingId).orElseThrow();
  }

  /** A queued submission still waiting, locked; 404 or 409 otherwise. */
  public PendingRegistration openPending(long pendingId) {
    PendingRegistration p =
        pending
            .lock(pendingId)
            .orElseThrow(() -> ProblemException.notFound("Pending registration " + pendingId));
    if (p.status() != PendingRegistration.Status.PENDING) {
      throw ProblemException.conflict(
          "already-reconciled", "This submission was already reconciled (" + p.status() + ").");
    }
    return p;
  }

  private void registered(Candidate candidate) {
    PersonalData d = candidate.personalData();
    events.publish(new CandidateEvents.Registered(candidate.id(), d.zone()));
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Twelve characters from an alphabet without look-alikes, e.g. K7P2-M9QX-4TRW. */
  private static String receiptCode() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  /** What a person consented to, under which notice version. */
  public record ConsentGiven(String noticeVersion, Set<ConsentPurpose> purposes) {}

  /** Records a consent the candidate gave to an operator. */
  public Consent addConsent(long id, ConsentGiven consent) {
    requireLive(get(id));
    return recordConsent(id, consent, Consent.Source.OPERATOR);
  }

  private Consent recordConsent(long id, ConsentGiven given, Consent.Source source) {
    Consent consent =
        new Consent(id, given.noticeVersion(), given.purposes(), OffsetDateTime.now(clock), source);
    candidates.addConsent(consent);
    audit.candidate(id, AuditAction.CONSENT, Set.of("consents"));
    return consent;
  }

  public List<Consent> consents(long id) {
    get(id);
    return candidates.consents(id);
  }

  /** A candidate, for internal use: not audited, erased ones included. */
  public Candidate get(long id) {
    return candidates.find(id).orElseThrow(() -> ProblemException.notFound("Candidate " + id));
  }

  /** A candidate's full record, for a person to read: the read is audited. */
  public Candidate read(long id) {
    Candidate candidate = requireLive(get(id));
    audit.candidate(id, AuditAction.READ, Set.of());
    return candidate;
  }

  /**
   * The names of the people among {@code ids}, to show beside a selection, a placement or an
   * enrolment; erased people are left out. The read is audited as a list read.
   */
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = candidates.names(ids);
    if (!names.isEmpty()) {
      audit.listRead(Set.of("list=names"), names.size());
    }
    return names;
  }

  /** A page of people matching a filter: the list read is audited with its filter. */
  public List<Candidate> list(CandidateFilter filter, int offset, int limit) {
    List<Candidate> page = candidates.list(filter, offset, limit);
    Set<String> terms = new java.util.TreeSet<>();
    terms.add("list=search");
    terms.add("offset=" + offset);
    terms.add("limit=" + limit);
    if (filter.status() != null) {
      terms.add("status=" + filter.status());
    }
    if (filter.zone() != null) {
      terms.add("zone=" + filter.zone());
    }
    if (filter.sector() != null) {
      terms.add("sector=" + filter.sector());
    }
    if (filter.waitingSince() != null) {
      terms.add("overdue=true");
    }
    if (filter.text() != null) {
      // That words were searched, not which: they are often a person's name, and the audit trail
      // is append-only, so an erasure could not take them back out.
      terms.add("text");
    }
    audit.listRead(terms, page.size());
    return page;
  }

  public long count(CandidateFilter filter) {
    return candidates.count(filter);
  }

  /**
   * Replaces a candidate's personal data and who sent them; the changed fields are audited.
   *
   * @param expectedVersion the version the caller last read, or null not to check it
   * @throws ProblemException 409 if the candidate changed since the caller read it
   */
  public Candidate update(
      long id,
      Long expectedVersion,
      PersonalData data,
      ReferralSource referral,
      String referralPartner) {
    Candidate candidate = requireLive(get(id));
    checkVersion(candidate, expectedVersion);
    if (!candidate.personalData().difficulties().contains(Difficulty.HEALTH)) {
      requireHealthConsent(data, activePurposes(id));
    }
    Set<String> changed = new java.util.TreeSet<>(candidate.update(data));
    if (candidate.referral() != referral
        || !java.util.Objects.equals(candidate.referralPartner(), referralPartner)) {
      candidate.referredBy(referral, referralPartner);
      changed.add("referral");
    }
    if (!changed.isEmpty()) {
      candidates.flush();
      audit.candidate(id, AuditAction.UPDATE, changed);
    }
    return candidate;
  }

  /** Refuses the data (422) when {@link #healthConsentMissing} finds the consent missing. */
  private static void requireHealthConsent(PersonalData data, Set<ConsentPurpose> purposes) {
    healthConsentMissing(data, purposes)
        .ifPresent(
            e -> {
              throw ProblemException.validation(List.of(e));
            });
  }

  /**
   * A health difficulty is special-category data (art. 9 GDPR): it is recorded only with the
   * person's HEALTH_DATA consent. The error when it is missing.
   */
  public static java.util.Optional<it.ponte.platform.domain.FieldError> healthConsentMissing(
      PersonalData data, Set<ConsentPurpose> purposes) {
    if (data.difficulties().contains(Difficulty.HEALTH)
        && !purposes.contains(ConsentPurpose.HEALTH_DATA)) {
      return java.util.Optional.of(
          new it.ponte.platform.domain.FieldError(
              "/difficulties",
              "a health difficulty needs the person's HEALTH_DATA consent, which they have"
                  + " not given"));
    }
    return java.util.Optional.empty();
  }

  /**
   * The purposes a person consents to now: each purpose whose latest consent is later than its
   * latest withdrawal.
   */
  public Set<ConsentPurpose> activePurposes(long id) {
    java.util.Map<ConsentPurpose, OffsetDateTime> given =
        new java.util.EnumMap<>(ConsentPurpose.class);
    for (Consent c : candidates.consents(id)) {
      for (ConsentPurpose p : c.purposes()) {
        given.merge(p, c.givenAt(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    for (CandidateRepository.Withdrawal w : candidates.withdrawals(id)) {
      for (ConsentPurpose p : w.purposes()) {
        OffsetDateTime at = given.get(p);
        if (at != null && !at.isAfter(w.at())) {
          given.remove(p);
        }
      }
    }
    return java.util.Collections.unmodifiableSet(
        java.util.EnumSet.copyOf(
            given.isEmpty() ? java.util.EnumSet.noneOf(ConsentPurpose.class) : given.keySet()));
  }

  public List<CandidateRepository.Withdrawal> withdrawals(long id) {
    requireLive(get(id));
    return candidates.withdrawals(id);
  }

  /**
   * Records that a person withdraws consent for some purposes, and applies it: withdrawing
   * HEALTH_DATA removes the health difficulty from the record; withdrawing SHARING_WITH_COMPANIES
   * stops CVs from being sent to companies. PROGRAMME cannot be withdrawn this way (that is leaving
   * the programme, or an erasure). Everything is audited.
   */
  public Set<ConsentPurpose> withdrawConsent(long id, Set<ConsentPurpose> purposes) {
    Candidate candidate = requireLive(get(id));
    if (purposes.isEmpty() || purposes.contains(ConsentPurpose.PROGRAMME)) {
      throw ProblemException.validation(
          List.of(
              new it.ponte.platform.domain.FieldError(
                  "/purposes",
                  "names HEALTH_DATA or SHARING_WITH_COMPANIES; PROGRAMME is withdrawn by leaving"
                      + " the programme or by erasure")));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    candidates.addWithdrawal(id, purposes, now, caller.actor());
    audit.candidate(id, AuditAction.CONSENT_WITHDRAWN, Set.of("consents"));
    if (purposes.contains(ConsentPurpose.HEALTH_DATA)
        && candidate.personalData().difficulties().contains(Difficulty.HEALTH)) {
      Set<Difficulty> kept = java.util.EnumSet.noneOf(Difficulty.class);
      kept.addAll(candidate.personalData().difficulties());
      kept.remove(Difficulty.HEALTH);
      Set<String> changed = candidate.update(candidate.personalData().withDifficulties(kept));
      candidates.flush();
      audit.candidate(id, AuditAction.UPDATE, changed);
    }
    return activePurposes(id);
  }

  private static Candidate requireLive(Candidate candidate) {
    if (candidate.erased()) {
      throw ProblemException.notFound("Candidate " + candidate.id());
    }
    return candidate;
  }

  private static void checkVersion(Candidate candidate, Long expectedVersion) {
    ProblemException.requireVersion(
        "Candidate " + candidate.id(), candidate.version(), expectedVersion);
  }

  /**
   * Moves a candidate to another status.
   *
   * @param expectedVersion the version the caller last read, or null not to check it
   * @throws it.ponte.candidate.domain.IllegalTransitionException if the move is not allowed
   * @throws ProblemException 409 if the candidate changed since the caller read it
   */
  public Candidate move(
      long id, Long expectedVersion, CandidateStatus target, OutOfProtocolReason reason) {
    Candidate candidate = requireLive(get(id));
    checkVersion(candidate, expectedVersion);
    if (target == CandidateStatus.OUT_OF_PROTOCOL
        && reason == OutOfProtocolReason.NOT_COLLABORATING) {
      long missed = missedInterviews(id);
      long unanswered = contactAttempts.unanswered(id);
      if (missed < MISSED_INTERVIEWS_EVIDENCE && unanswered < UNANSWERED_ATTEMPTS_EVIDENCE) {
        throw new ProblemException(
            422,
            "no-evidence",
            "No evidence",
            "Leaving the protocol as not collaborating rests on evidence: at least "
                + MISSED_INTERVIEWS_EVIDENCE
                + " missed interviews or "
                + UNANSWERED_ATTEMPTS_EVIDENCE
                + " unanswered attempts to reach the person. Recorded: "
                + missed
                + " missed, "
                + unanswered
                + " unanswered.");
      }
    }
    candidate.moveTo(target, reason, OffsetDateTime.now(clock));
    candidates.flush();
    String type =
        switch (target) {
          case IN_PROTOCOL -> DomainEventTypes.CANDIDATE_IN_PROTOCOL;
          case OUT_OF_PROTOCOL -> DomainEventTypes.CANDIDATE_LEFT_PROTOCOL;
          case READMITTED -> DomainEventTypes.CANDIDATE_READMITTED;
          default -> null;
        };
    if (type != null) {
      events.publish(new CandidateEvents.Moved(type, id, reason == null ? null : reason.name()));
    }
    return candidate;
  }

  /** Schedules an interview with a candidate of this tenant. */
  public Interview scheduleInterview(long candidateId, OffsetDateTime at) {
    requireLive(get(candidateId));
    Interview interview = new Interview(candidateId, at);
    interviews.add(interview);
    return interview;
  }

  /**
   * Records an interview's assessment; the first completed interview assesses a registered or
   * readmitted candidate.
   *
   * @throws ProblemException 409 if the interview was already completed
   */
  public Interview completeInterview(long candidateId, long interviewId, Assessment assessment) {
    Candidate candidate = requireLive(get(candidateId));
    Interview interview =
        interviews
            .find(candidateId, interviewId)
            .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      interview.complete(assessment, now, caller.actor());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict(
          interview.missedAt() != null ? "interview-missed" : "interview-completed",
          e.getMessage() + ".");
    }
    candidate.interviewed(assessment, now);
    candidates.flush();
    events.publish(
        new CandidateEvents.Assessed(
            candidateId,
            assessment.profileType().name(),
            assessment.readiness().name(),
            assessment.employability() == null ? null : assessment.employability().name()));
    return interview;
  }

  /** An entry of the territory's interview agenda. */
  public record AgendaEntry(Interview interview, String candidateName) {}

  /**
   * Interviews scheduled in a span of time, with the names of their people; those of erased people
   * are left out. Audited as a list read.
   */
  public List<AgendaEntry> agenda(OffsetDateTime from, OffsetDateTime to, int limit) {
    List<Interview> scheduled = interviews.scheduledBetween(from, to, limit);
    Map<Long, String> names = names(scheduled.stream().map(Interview::candidateId).toList());
    return scheduled.stream()
        .filter(i -> names.containsKey(i.candidateId()))
        .map(i -> new AgendaEntry(i, names.get(i.candidateId())))
        .toList();
  }

  /**
   * Records that a person did not come to an interview (no-show).
   *
   * @throws ProblemException 409 if it was completed or already recorded as missed
   */
  public Interview missInterview(long candidateId, long interviewId) {
    requireLive(get(candidateId));
    Interview interview =
        interviews
            .find(candidateId, interviewId)
            .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
    try {
      interview.missed(OffsetDateTime.now(clock), caller.actor());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("interview-completed", e.getMessage() + ".");
    }
    audit.candidate(candidateId, AuditAction.UPDATE, Set.of("interviews"));
    return interview;
  }

  /** How many interviews the person missed. */
  public long missedInterviews(long candidateId) {
    return interviews.ofCandidate(candidateId).stream().filter(i -> i.missedAt() != null).count();
  }

  /** Records an export of the candidate's data (GDPR art. 15 and 20). */
  public Candidate exported(long id) {
    Candidate candidate = requireLive(get(id));
    audit.candidate(id, AuditAction.EXPORT, candidate.personalData().fields().keySet());
    return candidate;
  }

  /** A candidate's interviews, by scheduled time. */
  public List<Interview> interviews(long candidateId) {
    get(candidateId);
    return interviews.ofCandidate(candidateId);
  }

  /**
   * Stores a document of a candidate; its format is recognised from the content.
   *
   * @throws ProblemException 415 if the content is not a PDF, DOCX or ODT document
   */
  public Document upload(long candidateId, Document.Kind kind, String filename, byte[] content) {
    requireLive(get(candidateId));
    DocumentType type =
        DocumentType.detect(content)
            .orElseThrow(
                () ->
                    new ProblemException(
                        415,
                        "unsupported-document",
                        "Unsupported document",
                        "The content is not a PDF, DOCX or ODT document, whatever its name says."));
    Document document =
        new Document(
            candidateId,
            kind,
            filename,
            type,
            content,
            sha256(content),
            OffsetDateTime.now(clock),
            caller.actor());
    documents.add(document);
    audit.candidate(candidateId, AuditAction.DOCUMENT_UPLOAD, Set.of("documents"));
    return document;
  }

  public List<Document> documents(long candidateId) {
    requireLive(get(candidateId));
    return documents.ofCandidate(candidateId);
  }

  /** A document with its content; the download is audited. */
  public Document download(long candidateId, long documentId) {
    requireLive(get(candidateId));
    Document document = document(candidateId, documentId);
    // Loaded here, inside the transaction: the content column is fetched lazily.
    document.content();
    audit.candidate(candidateId, AuditAction.DOCUMENT_DOWNLOAD, Set.of("documents"));
    return document;
  }

  public void deleteDocument(long candidateId, long documentId) {
    requireLive(get(candidateId));
    documents.remove(document(candidateId, documentId));
    audit.candidate(candidateId, AuditAction.DOCUMENT_DELETE, Set.of("documents"));
  }

  private Document document(long candidateId, long documentId) {
    return documents
        .find(candidateId, documentId)
        .orElseThrow(() -> ProblemException.notFound("Document " + documentId));
  }

  /**
   * Erases a person on their request: personal fields blanked, documents deleted, the erasure
   * audited. Interviews, selections, placements and enrolments stay, as facts without a person.
   *
   * @return how many documents were deleted
   */
  public int erase(long candidateId) {
    Candidate candidate = requireLive(get(candidateId));
    int deleted = documents.removeAll(candidateId);
    candidate.erase(OffsetDateTime.now(clock));
    candidates.flush();
    candidates.eraseTraces(candidateId);
    audit.candidate(candidateId, AuditAction.ERASE, candidate.personalData().fields().keySet());
    events.publish(new CandidateEvents.Erased(candidateId));
    return deleted;
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
