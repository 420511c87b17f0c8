package it.ponte.api.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A placement was recorded.
 *
 * @param placementType the core's placement type: HIRING, STAGE, TIROCINIO, MINI_JOB,
 *     SELF_EMPLOYMENT
 * @param contract FIXED_TERM, PERMANENT...; null for a stage or tirocinio
 * @param endDate null for an open-ended contract
 * @param hoursPerWeek null when not recorded
 * @param link RENEWAL, EXTENSION or TRANSFORMATION of {@code previousId}; both null otherwise
 */
public record PlacementRecorded(
    long placementId,
    long candidateId,
    long companyId,
    String placementType,
    String contract,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal hoursPerWeek,
    String link,
    Long previousId)
    implements EventPayload {

  public static PlacementRecorded from(DomainEvent e) {
    EventPayload.require(e, DomainEventTypes.PLACEMENT_RECORDED);
    Map<String, String> d = e.data();
    return new PlacementRecorded(
        e.aggregateId(),
        Long.parseLong(d.get("candidateId")),
        Long.parseLong(d.get("companyId")),
        d.get("type"),
        d.get("contract"),
        LocalDate.parse(d.get("startDate")),
        d.get("endDate") == null ? null : LocalDate.parse(d.get("endDate")),
        d.get("hoursPerWeek") == null ? null : new BigDecimal(d.get("hoursPerWeek")),
        d.get("link"),
        d.get("previousId") == null ? null : Long.valueOf(d.get("previousId")));
  }

  /** Whether it is a new job: a hiring with a contract or a self-employment, not a continuation. */
  public boolean isNewJob() {
    return (("HIRING".equals(placementType) && contract != null)
            || "SELF_EMPLOYMENT".equals(placementType))
        && !"RENEWAL".equals(link)
        && !"EXTENSION".equals(link);
  }

  @Override
  public String type() {
    return DomainEventTypes.PLACEMENT_RECORDED;
  }

  @Override
  public String aggregateType() {
    return "placement";
  }

  @Override
  public long aggregateId() {
    return placementId;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Map<String, String> facts() {
    return EventPayload.facts(
        "candidateId",
        String.valueOf(candidateId),
        "companyId",
        String.valueOf(companyId),
        "type",
        placementType,
        "contract",
        contract,
        "startDate",
        startDate.toString(),
        "endDate",
        endDate == null ? null : endDate.toString(),
        "hoursPerWeek",
        hoursPerWeek == null ? null : hoursPerWeek.toPlainString(),
        "link",
        link,
        "previousId",
        previousId == null ? null : previousId.toString());
  }
}
