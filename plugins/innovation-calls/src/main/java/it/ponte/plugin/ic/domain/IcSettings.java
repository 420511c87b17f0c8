package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A territory's configuration of the social-innovation calls: what a new call starts from when its
 * author leaves a field out, and the committee's quorum. Bound by the platform (JSON-B) from the
 * configuration, defaults of {@code ic/config.schema.json} filled in; each component is a property
 * of the schema.
 *
 * @param decisionQuorumPercent the share of the committee that must have scored before a decision
 */
public record IcSettings(
    List<String> applicantTypes,
    boolean seatInTerritoryRequired,
    BigDecimal investmentCap,
    BigDecimal consultancyCap,
    BigDecimal welfareCap,
    BigDecimal passMark,
    int decisionQuorumPercent,
    int accompanimentMonths,
    List<Scoring.Criterion> criteria,
    List<String> priorities) {

  public IcSettings {
    applicantTypes = List.copyOf(applicantTypes);
    criteria = List.copyOf(criteria);
    priorities = List.copyOf(priorities);
  }
}
