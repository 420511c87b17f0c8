package it.ponte.plugin.dul.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.dul.domain.ResultClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Result claims of dote holders' placements ({@code dul_claim}), one per placement. */
@ApplicationScoped
public class ClaimRepository {

  @Inject TenantSql sql;

  /** Stores a claim; false when the placement has one already (an event delivered again). */
  public boolean insert(ResultClaim c) {
    return sql.update(
            "INSERT INTO dul_claim (dote_id, placement_id, contract, amount, qualifies, reason,"
                + " employer_incentive, incentive_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (placement_id) DO NOTHING",
            c.doteId(),
            c.placementId(),
            c.contract(),
            c.amount(),
            c.qualifies(),
            c.reason(),
            c.employerIncentive(),
            c.incentiveReason())
        == 1;
  }

  public List<ResultClaim> ofDote(long doteId) {
    return sql.query(
        "SELECT dote_id, placement_id, contract, amount, qualifies, reason, employer_incentive,"
            + " incentive_reason FROM dul_claim WHERE dote_id = ? ORDER BY id",
        rs ->
            new ResultClaim(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getBigDecimal(4),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getBigDecimal(7),
                rs.getString(8)),
        doteId);
  }
}
