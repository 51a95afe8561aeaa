package org.clusterscope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;

class YearSelectionTest {
  @Test
  void noOptionMeansEveryYearPresent() {
    assertTrue(YearSelection.parse(null, null).isAll());
  }

  @Test
  void aRangeIncludesBothEnds() {
    assertEquals(Set.of(2019, 2020, 2021), YearSelection.parse(null, "2019-2021").years().orElseThrow());
    assertEquals(Set.of(2023), YearSelection.parse("2023", null).years().orElseThrow());
  }

  @Test
  void malformedYearsAreUsageErrors() {
    for (String bad : List.of("23", "20x3", "2023.0", "", " ", "-2023")) {
      ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> YearSelection.parse(bad, null), bad);
      assertEquals(ExitCode.USAGE, e.exitCode());
    }
    for (String bad : List.of("2019", "2023-2019", "2019-", "2019-2020-2021", "2019--2020")) {
      assertThrows(ClusterscopeException.class, () -> YearSelection.parse(null, bad), bad);
    }
  }
}
