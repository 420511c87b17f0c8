package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListedValuesTest {

  @Test
  void aPersonCountsOnceInEachOfTheirValues() {
    ListedValues languages = new ListedValues();
    languages.add("en,fr", 3);
    languages.add("fr", 2);
    languages.add("fr,en,fr", 1); // written twice, counted once
    assertThat(languages.counts()).containsExactly(Map.entry("en", 4L), Map.entry("fr", 6L));
  }

  @Test
  void emptyAndMissingListsAddNothingAndEmptyItemsAreValuesAsInTheDatabase() {
    ListedValues licences = new ListedValues();
    licences.add(null, 5);
    licences.add("", 5);
    assertThat(licences.counts()).isEmpty();
    // string_to_array('B,,C', ',') is {B,"",C}: the empty item is a value there too.
    licences.add("B,,C", 1);
    assertThat(licences.counts())
        .containsExactly(Map.entry("", 1L), Map.entry("B", 1L), Map.entry("C", 1L));
  }

  @Test
  void valuesAreDistinctInWrittenOrder() {
    assertThat(ListedValues.values("MOBILITY,HEALTH,MOBILITY"))
        .containsExactly("MOBILITY", "HEALTH");
    assertThat(ListedValues.values(null)).isEmpty();
  }
}
