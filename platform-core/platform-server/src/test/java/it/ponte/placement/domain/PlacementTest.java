package it.ponte.placement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.company.domain.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** How one placement may follow another: renewals, extensions and transformations. */
class PlacementTest {

  private static Placement placement(
      long company, PlacementType type, Contract contract, String start) {
    return new Placement(
        new PlacementTerms(
            7L,
            company,
            null,
            type,
            contract,
            LocalDate.parse(start),
            null,
            BigDecimal.valueOf(38),
            null,
            null),
        OffsetDateTime.now(),
        "test");
  }

  @Test
  void aTirocinioTurnsIntoAHiring() {
    Placement hiring = placement(2, PlacementType.HIRING, Contract.FIXED_TERM, "2026-06-01");
    hiring.follows(
        placement(2, PlacementType.TIROCINIO, null, "2026-01-01"), PlacementLink.TRANSFORMATION);
    assertThat(hiring.link()).isEqualTo(PlacementLink.TRANSFORMATION);
  }

  @Test
  void aFixedTermContractMadePermanentAtTheSameCompanyIsATransformation() {
    Placement fixed = placement(2, PlacementType.HIRING, Contract.FIXED_TERM, "2026-01-01");
    Placement permanent = placement(2, PlacementType.HIRING, Contract.PERMANENT, "2026-07-01");
    permanent.follows(fixed, PlacementLink.TRANSFORMATION);
    assertThat(permanent.link()).isEqualTo(PlacementLink.TRANSFORMATION);

    Placement elsewhere = placement(3, PlacementType.HIRING, Contract.PERMANENT, "2026-07-01");
    assertThatThrownBy(() -> elsewhere.follows(fixed, PlacementLink.TRANSFORMATION))
        .hasMessageContaining("same company");
    Placement stillFixed = placement(2, PlacementType.HIRING, Contract.FIXED_TERM, "2026-07-01");
    assertThatThrownBy(() -> stillFixed.follows(fixed, PlacementLink.TRANSFORMATION))
        .hasMessageContaining("made permanent");
    Placement permanentAgain = placement(2, PlacementType.HIRING, Contract.PERMANENT, "2026-09-01");
    assertThatThrownBy(() -> permanentAgain.follows(permanent, PlacementLink.TRANSFORMATION))
        .hasMessageContaining("made permanent");
  }
}
