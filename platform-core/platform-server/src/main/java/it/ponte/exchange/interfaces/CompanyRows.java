package it.ponte.exchange.interfaces;

import it.ponte.company.domain.Company;
import it.ponte.company.domain.VatNumber;
import it.ponte.company.interfaces.CompanyDtos;
import it.ponte.exchange.application.Row;
import it.ponte.exchange.application.RowBinding;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Companies' rows: the API's company body and its checks (partita IVA, the Board's dates). */
@ApplicationScoped
public class CompanyRows implements RowBinding<Imported.Company> {

  @Inject Checks checks;

  @Override
  public ImportKind kind() {
    return ImportKind.COMPANIES;
  }

  @Override
  public String key(Row row) {
    return row.text("externalId");
  }

  @Override
  public Imported.Company bind(Row row, TenantDescriptor territory) {
    CompanyDtos.NewCompany body = new CompanyDtos.NewCompany();
    body.name = row.text("name");
    body.vatNumber = row.text("vatNumber");
    body.atecoCode = row.text("atecoCode");
    body.size = row.value("size", Company.Size.class);
    body.address = row.text("address");
    body.email = row.text("email");
    body.phone = row.text("phone");
    body.boardJoinedOn = row.date("boardJoinedOn");
    body.boardLeftOn = row.date("boardLeftOn");
    row.require("externalId", row.text("externalId"));
    if (row.hasErrors()) {
      return null;
    }
    checks.validate(row, body);
    if (row.hasErrors()) {
      return null;
    }
    if (!VatNumber.isValid(body.vatNumber)) {
      row.error(
          "vatNumber",
          ImportError.VALIDATION,
          "is not a valid partita IVA (11 digits with check digit)");
    }
    if (body.boardLeftOn != null
        && (body.boardJoinedOn == null || body.boardLeftOn.isBefore(body.boardJoinedOn))) {
      row.error("boardLeftOn", ImportError.HISTORY, "A company leaves the Board after joining it");
    }
    if (row.hasErrors()) {
      return null;
    }
    return new Imported.Company(
        body.name.strip(),
        body.vatNumber,
        body.atecoCode,
        body.size,
        body.address,
        body.email,
        body.phone,
        body.boardJoinedOn,
        body.boardLeftOn);
  }
}
