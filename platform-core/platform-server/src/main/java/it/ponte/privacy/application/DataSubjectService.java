package it.ponte.privacy.application;

import it.ponte.api.plugin.DataSubjectContributor;
import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.followup.application.FollowUps;
import it.ponte.matching.application.SelectionService;
import it.ponte.placement.application.PlacementService;
import it.ponte.training.application.CourseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A candidate's rights as a data subject: the export of everything held about them (GDPR art. 15
 * and 20) and erasure (art. 17). Both are audited.
 */
@ApplicationScoped
@Transactional
public class DataSubjectService {

  @Inject CandidateService candidates;

  @Inject SelectionService selections;

  @Inject PlacementService placements;

  @Inject CourseService courses;

  @Inject FollowUps followUps;

  @Inject it.ponte.candidate.application.ContactAttempts contactAttempts;

  @Inject PluginRegistry registry;

  @Inject it.ponte.extension.application.CurrentTenantPlugins current;

  /** Everything the tenant holds about one candidate, as plain JSON-ready values. */
  public Map<String, Object> export(long candidateId) {
    Candidate c = candidates.exported(candidateId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exportedAt", OffsetDateTime.now().toString());
    out.put("candidateId", c.id());
    out.put("personalData", stringify(c.personalData().fields()));
    Map<String, Object> lifecycle = new LinkedHashMap<>();
    lifecycle.put("status", c.status().name());
    lifecycle.put("outOfProtocolReason", str(c.outOfProtocolReason()));
    lifecycle.put("registeredAt", str(c.registeredAt()));
    lifecycle.put("statusChangedAt", str(c.statusChangedAt()));
    lifecycle.put("firstInterviewAt", str(c.firstInterviewAt()));
    out.put("lifecycle", lifecycle);
    out.put(
        "consents",
        candidates.consents(candidateId).stream()
            .map(
                k ->
                    row(
                        "noticeVersion", k.noticeVersion(),
                        "purposes", k.purposes().toString(),
                        "givenAt", str(k.givenAt()),
                        "source", k.source().name()))
            .toList());
    out.put(
        "interviews",
        candidates.interviews(candidateId).stream()
            .map(
                i ->
                    row(
                        "scheduledAt", str(i.scheduledAt()),
                        "completedAt", str(i.completedAt()),
                        "assessment", str(i.assessment())))
            .toList());
    out.put(
        "documents",
        candidates.documents(candidateId).stream()
            .map(
                d ->
                    row(
                        "id", d.id(),
                        "kind", d.kind().name(),
                        "filename", d.filename(),
                        "contentType", d.contentType(),
                        "uploadedAt", str(d.uploadedAt())))
            .toList());
    out.put(
        "selections",
        selections.ofCandidate(candidateId).stream()
            .map(
                s ->
                    row(
                        "vacancyId", s.vacancyId(),
                        "stage", s.stage().name(),
                        "proposedBy", s.proposedBy().name(),
                        "createdAt", str(s.createdAt())))
            .toList());
    out.put(
        "placements",
        placements.list(candidateId, null, 0, 1000).stream()
            .map(
                p ->
                    row(
                        "companyId", p.companyId(),
                        "type", p.type().name(),
                        "contract", str(p.contract()),
                        "startDate", str(p.startDate()),
                        "endDate", str(p.endDate())))
            .toList());
    out.put(
        "enrolments",
        courses.enrolmentsOf(candidateId).stream()
            .map(
                e ->
                    row(
                        "courseId", e.courseId(),
                        "status", e.status().name(),
                        "enrolledAt", str(e.enrolledAt()),
                        "completedOn", str(e.completedOn())))
            .toList());
    out.put(
        "contactAttempts",
        contactAttempts.list(candidateId).stream()
            .map(
                attempt ->
                    row(
                        "at", str(attempt.at()),
                        "channel", str(attempt.channel()),
                        "outcome", str(attempt.outcome())))
            .toList());
    out.put(
        "followUps",
        followUps.list(candidateId).stream()
            .map(
                f ->
                    row(
                        "surveyedOn", str(f.surveyedOn()),
                        "answered", String.valueOf(f.answered()),
                        "working", str(f.working()),
                        "contract", str(f.contract()),
                        "offersReceived", f.offersReceived()))
            .toList());
    Map<String, Object> fromPlugins = new LinkedHashMap<>();
    for (DataSubjectContributor contributor : contributors()) {
      fromPlugins.put(contributor.pluginId(), contributor.export(candidateId));
    }
    out.put("plugins", fromPlugins);
    return out;
  }

  /**
   * Erases the person, in the core and in every plugin that ever held data here (enabled now or
   * not); returns how many documents were deleted.
   */
  public int erase(long candidateId) {
    int documents = candidates.erase(candidateId);
    for (DataSubjectContributor contributor : contributors()) {
      contributor.erase(candidateId);
    }
    return documents;
  }

  /** Every installed plugin that ever held data here, enabled now or not. */
  private java.util.List<DataSubjectContributor> contributors() {
    return registry.extensions(DataSubjectContributor.class, current.everEnabledIds());
  }

  private static Map<String, Object> stringify(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) ->
            out.put(
                k,
                v instanceof java.util.Collection<?> col
                    ? col.stream().map(String::valueOf).toList()
                    : v instanceof Boolean ? v : str(v)));
    return out;
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
