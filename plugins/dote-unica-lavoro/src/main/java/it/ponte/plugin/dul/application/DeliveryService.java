package it.ponte.plugin.dul.application;

import it.ponte.plugin.dul.domain.DoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dote's PIP and the services delivered under it, checked against the plan. */
@ApplicationScoped
@Transactional
public class DeliveryService {

  @Inject DulRows rows;

  @Inject DulTerritory territory;

  @Inject DoteService doti;

  public List<Map<String, Object>> pip(long doteId) {
    return rows.query(
        "SELECT service_code, quantity, amount FROM dul_pip_line WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("serviceCode", rs.getString(1));
          m.put("quantity", rs.getBigDecimal(2));
          m.put("amount", rs.getBigDecimal(3));
          return m;
        });
  }

  /**
   * Records a service delivered under the dote's plan: the service must be in the plan and the
   * quantities delivered may not exceed the planned ones; not in the future, not before the dote.
   */
  public Map<String, Object> deliver(
      long doteId, String serviceCode, BigDecimal quantity, LocalDate on, String staff) {
    DoteService.Dote dote = doti.dote(doteId);
    if (dote.status() != DoteStatus.ACTIVE) {
      throw new DulRefusal(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    List<String> problems = new ArrayList<>();
    if (on.isAfter(territory.today()) || on.isBefore(dote.startsOn())) {
      problems.add("the delivery date must be between the dote's start and today");
    }
    BigDecimal planned =
        rows.query(
                "SELECT coalesce(sum(quantity), 0) FROM dul_pip_line WHERE dote_id = ? AND service_code = ?",
                List.of(doteId, serviceCode),
                rs -> rs.getBigDecimal(1))
            .get(0);
    BigDecimal delivered =
        rows.query(
                "SELECT coalesce(sum(quantity), 0) FROM dul_delivery WHERE dote_id = ? AND service_code = ?",
                List.of(doteId, serviceCode),
                rs -> rs.getBigDecimal(1))
            .get(0);
    if (planned.signum() == 0) {
      problems.add("service " + serviceCode + " is not in the dote's plan");
    } else if (delivered.add(quantity).compareTo(planned) > 0) {
      problems.add(
          "only "
              + planned.subtract(delivered)
              + " of "
              + planned
              + " planned remain for "
              + serviceCode);
    }
    if (!problems.isEmpty()) {
      throw new DulRefusal(422, "delivery-refused", "The delivery cannot be recorded.", problems);
    }
    rows.update(
        "INSERT INTO dul_delivery (dote_id, service_code, quantity, delivered_on, staff) VALUES (?, ?, ?, ?, ?)",
        doteId,
        serviceCode,
        quantity,
        on,
        staff);
    List<Map<String, Object>> all = deliveries(doteId);
    return all.get(all.size() - 1);
  }

  public List<Map<String, Object>> deliveries(long doteId) {
    return rows.query(
        "SELECT service_code, quantity, delivered_on, staff FROM dul_delivery WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("serviceCode", rs.getString(1));
          m.put("quantity", rs.getBigDecimal(2));
          m.put("deliveredOn", rs.getObject(3, LocalDate.class).toString());
          m.put("staff", rs.getString(4));
          return m;
        });
  }
}
