package org.clusterscope.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A changed year reaches the years whose growth (1 year back) and CAGR (5 years back) read it. */
class AffectedYearsTest {

  @Test
  void aChangedYearAffectsItselfAndTheNextFiveYears() {
    List<Integer> present = IntStream.rangeClosed(2010, 2025).boxed().toList();
    assertEquals(Set.of(2018, 2019, 2020, 2021, 2022, 2023), AffectedYears.of(List.of(2018), present));
  }

  @Test
  void onlyYearsWithDataAreAffected() {
    // 2016 changed: 2021 reads it through the 5-year CAGR, 2022 reads 2021 and 2017 only.
    assertEquals(Set.of(2016, 2021), AffectedYears.of(List.of(2016), List.of(2015, 2016, 2021, 2022)));
    assertEquals(Set.of(), AffectedYears.of(List.of(2016), List.of(2015, 2022)));
  }

  @Test
  void severalChangedYearsAffectTheUnionOfTheirReaches() {
    List<Integer> present = IntStream.rangeClosed(2000, 2030).boxed().toList();
    assertEquals(Set.of(2001, 2002, 2003, 2004, 2005, 2006, 2020, 2021, 2022, 2023, 2024, 2025),
        AffectedYears.of(List.of(2020, 2001), present));
  }

  @Test
  void noChangedYearAffectsNothing() {
    assertEquals(Set.of(), AffectedYears.of(List.of(), List.of(2020, 2021)));
  }
}
