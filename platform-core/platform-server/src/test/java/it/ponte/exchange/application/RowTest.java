package it.ponte.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.candidate.domain.Licence;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.platform.domain.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowTest {

  private static Row row(Map<String, String> cells) {
    return new Row(ImportKind.CANDIDATES, 7, new HashMap<>(cells), ZoneId.of("Europe/Rome"));
  }

  @Test
  void readsTheApisTypes() {
    Row row =
        row(
            Map.of(
                "birthDate", "1988-04-12",
                "registeredAt", "2019-03-04T10:15:00",
                "consentGivenAt", "2019-03-04T10:15:00Z",
                "licences", "DRIVING_B | HACCP",
                "hasCar", "VERO",
                "notes", "  "));
    assertThat(row.date("birthDate")).isEqualTo(LocalDate.of(1988, 4, 12));
    assertThat(row.instant("registeredAt"))
        .isEqualTo(OffsetDateTime.parse("2019-03-04T10:15:00+01:00"));
    assertThat(row.instant("consentGivenAt")).isEqualTo(OffsetDateTime.parse("2019-03-04T10:15Z"));
    assertThat(row.values("licences", Licence.class))
        .containsExactlyInAnyOrder(Licence.DRIVING_B, Licence.HACCP);
    assertThat(row.bool("hasCar")).isTrue();
    assertThat(row.text("notes")).isNull();
    assertThat(row.text("missing")).isNull();
    assertThat(row.hasErrors()).isFalse();
  }

  @Test
  void aCellThatCannotBeReadIsAnErrorOnItsRowAndColumn() {
    Row row =
        row(
            Map.of(
                "birthDate", "12/04/1988", "licences", "DRIVING_B|XYZ", "hoursPerWeek", "dodici"));
    assertThat(row.date("birthDate")).isNull();
    assertThat(row.values("licences", Licence.class)).isEmpty();
    assertThat(row.decimal("hoursPerWeek")).isNull();
    assertThat(row.errors())
        .extracting(ImportError::row, ImportError::column, ImportError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "birthDate", ImportError.INVALID_VALUE),
            org.assertj.core.groups.Tuple.tuple(7, "licences", ImportError.INVALID_VALUE),
            org.assertj.core.groups.Tuple.tuple(7, "hoursPerWeek", ImportError.INVALID_VALUE));
  }

  @Test
  void aDecimalCommaIsRead() {
    assertThat(row(Map.of("h", "12,5")).decimal("h")).isEqualByComparingTo(new BigDecimal("12.5"));
  }

  @Test
  void theApisFieldErrorsLandOnTheirColumns() {
    Row row = row(Map.of());
    row.fieldErrors(
        List.of(
            new FieldError("/languages/1", "is not ISO"),
            new FieldError("/consent/purposes", "must include PROGRAMME")),
        Map.of("/consent/purposes", "consentPurposes"));
    assertThat(row.errors())
        .extracting(ImportError::column)
        .containsExactly("languages", "consentPurposes");
  }

  @Test
  void theHashIgnoresTheOrderOfValuesAndTheSpacesAround() {
    Row one = row(Map.of("externalId", "A1", "licences", "DRIVING_B|HACCP", "notes", "x"));
    Row two = row(Map.of("notes", " x ", "licences", "HACCP | DRIVING_B", "externalId", "A1"));
    Row three = row(Map.of("externalId", "A1", "licences", "DRIVING_B", "notes", "x"));
    assertThat(one.hash()).isEqualTo(two.hash()).isNotEqualTo(three.hash());
  }
}
