package it.ponte.api.event;

import java.time.LocalDate;
import java.util.Map;

/** A company was registered as a Board member, or joined the Board. */
public record CompanyJoinedBoard(long companyId, LocalDate joinedOn) implements EventPayload {

  public static CompanyJoinedBoard from(DomainEvent e) {
    EventPayload.require(e, DomainEventTypes.COMPANY_JOINED_BOARD);
    return new CompanyJoinedBoard(e.aggregateId(), LocalDate.parse(e.data().get("joinedOn")));
  }

  @Override
  public String type() {
    return DomainEventTypes.COMPANY_JOINED_BOARD;
  }

  @Override
  public String aggregateType() {
    return "company";
  }

  @Override
  public long aggregateId() {
    return companyId;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Map<String, String> facts() {
    return EventPayload.facts("joinedOn", joinedOn.toString());
  }
}
