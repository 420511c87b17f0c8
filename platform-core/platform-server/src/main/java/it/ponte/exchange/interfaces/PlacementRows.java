package it.ponte.exchange.interfaces;

import it.ponte.company.domain.Contract;
import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.placement.domain.PlacementLink;
import it.ponte.placement.domain.PlacementType;
import it.ponte.placement.domain.TraineeCategory;
import it.ponte.placement.interfaces.PlacementResource;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/**
 * Placements' rows: the API's placement body and the consistency of its terms; a renewal, extension
 * or transformation names the placement it follows by external id.
 */
@ApplicationScoped
public class PlacementRows implements RowBinding<Imported.Placement> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.PLACEMENTS;
  }

  @Override
  public String key(Row row) {
    return row.text("externalId");
  }

  @Override
  public Imported.Placement bind(Row row, TenantDescriptor territory) {
    PlacementResource.NewPlacement body = new PlacementResource.NewPlacement();
    body.candidateId = 0L;
    body.companyId = 0L;
    body.type = row.value("type", PlacementType.class);
    body.contract = row.value("contract", Contract.class);
    body.startDate = row.date("startDate");
    body.endDate = row.date("endDate");
    body.hoursPerWeek = row.decimal("hoursPerWeek");
    body.monthlyAllowance = row.decimal("monthlyAllowance");
    body.traineeCategory = row.value("traineeCategory", TraineeCategory.class);
    body.link = row.value("link", PlacementLink.class);
    String candidate = row.text("candidateExternalId");
    String company = row.text("companyExternalId");
    String previous = row.text("previousExternalId");
    row.require("externalId", row.text("externalId"));
    row.require("candidateExternalId", candidate);
    row.require("companyExternalId", company);
    if (row.hasErrors()) {
      return null;
    }
    checks.validate(row, body, Set.of("candidateId", "companyId"), Map.of());
    if (row.hasErrors()) {
      return null;
    }
    for (String[] problem : body.toTerms().problems()) {
      row.error(
          problem[0],
          problem[0].equals("endDate") ? ImportError.HISTORY : ImportError.VALIDATION,
          problem[1]);
    }
    if ((previous == null) != (body.link == null)) {
      row.error("link", ImportError.VALIDATION, "previousExternalId and link go together");
    }
    if (row.hasErrors()) {
      return null;
    }
    return new Imported.Placement(
        candidate,
        company,
        body.type,
        body.contract,
        body.startDate,
        body.endDate,
        body.hoursPerWeek,
        body.monthlyAllowance,
        body.traineeCategory,
        previous,
        body.link);
  }
}
