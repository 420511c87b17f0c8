package it.ponte.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseRatesTest {

  @Test
  void reproducesBolognasOssCourseOf2020() {
    CourseRates oss = new CourseRates(22, 41, 20);
    assertThat(oss.placementRate()).isEqualByComparingTo("186.4");
    assertThat(oss.employmentRate()).isEqualByComparingTo("90.9");
  }

  @Test
  void aCourseWithoutParticipantsHasNoRate() {
    assertThat(new CourseRates(0, 0, 0).placementRate()).isNull();
  }
}
