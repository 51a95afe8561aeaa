package org.clusterscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** indicators.confidentiality: defaults, set values, and each bad value a configuration error naming its key. */
class ConfidentialityReaderTest {
  private static final String KEY = "clusterscope.indicators.confidentiality.";

  @TempDir Path dir;

  @Test
  void theDefaultsAreThreeContributorsAndTwoDominancePairsWithoutPPercent() throws IOException {
    IndicatorSettings.Confidentiality rules = load("", List.of());
    assertEquals(new IndicatorSettings.Confidentiality(3,
        List.of(new IndicatorSettings.Dominance(1, 85), new IndicatorSettings.Dominance(2, 90)),
        OptionalDouble.empty()), rules);
    assertEquals(2, rules.largestNeeded());
  }

  @Test
  void setValuesReplaceTheDefaultsAlsoFromTheCommandLine() throws IOException {
    IndicatorSettings.Confidentiality rules = load(
        "indicators.confidentiality { min-contributors = 5, dominance = [{ n = 3, k = 75.5 }], p-percent = 15 }",
        List.of());
    assertEquals(new IndicatorSettings.Confidentiality(5, List.of(new IndicatorSettings.Dominance(3, 75.5)),
        OptionalDouble.of(15)), rules);
    assertEquals(3, rules.largestNeeded());

    // --conf values arrive as strings
    IndicatorSettings.Confidentiality overridden = load("", List.of(
        "indicators.confidentiality.min-contributors=4", "indicators.confidentiality.p-percent=10"));
    assertEquals(4, overridden.minContributors());
    assertEquals(OptionalDouble.of(10), overridden.pPercent());

    // no dominance pair, p% on: the rule reads the two largest
    IndicatorSettings.Confidentiality pOnly = load(
        "indicators.confidentiality { dominance = [], p-percent = 100 }", List.of());
    assertEquals(List.of(), pOnly.dominance());
    assertEquals(2, pOnly.largestNeeded());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "dominance = [{ n = 1, k = 0 }]                 | dominance[0].k     | above 0 and at most 100 (got 0.0)",
      "dominance = [{ n = 1, k = 101 }]               | dominance[0].k     | above 0 and at most 100 (got 101.0)",
      "dominance = [{ n = 1, k = 85 }, { n = 0, k = 90 }] | dominance[1].n | a whole number of at least 1 (got 0.0)",
      "dominance = [{ n = 1.5, k = 90 }]              | dominance[0].n     | a whole number of at least 1 (got 1.5)",
      "dominance = [{ n = 1, k = high }]              | dominance[0].k     | a number (got \"high\")",
      "dominance = [{ n = 1 }]                        | dominance[0].k     | k is missing",
      "dominance = [{ n = 1, k = 85, q = 2 }]         | dominance[0].q     | only n (enterprises) and k",
      "dominance = [85]                               | dominance[0]       | a pair { n = ..., k = ... } (got 85)",
      "dominance = 85                                 | dominance          | a list of { n = ..., k = ... } pairs",
      "p-percent = 0                                  | p-percent          | above 0 and at most 100, or null",
      "p-percent = 100.5                              | p-percent          | (got 100.5)",
      "min-contributors = 0                           | min-contributors   | a whole number of at least 1 (got 0.0)",
      "min-contributors = three                       | min-contributors   | a number (got \"three\")",
  })
  void aBadValueIsAConfigurationErrorNamingItsKey(String setting, String key, String expected) throws IOException {
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> load("indicators.confidentiality." + setting, List.of()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("'" + KEY + key + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void theFormerDominanceShareIsRefusedNamingItsReplacement() throws IOException {
    ClusterscopeException e = assertThrows(ClusterscopeException.class,
        () -> load("indicators.confidentiality.dominance-share = 0.85", List.of()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("'" + KEY + "dominance-share'") && e.getMessage().contains("is no longer read")
        && e.getMessage().contains("dominance = [{ n = 1, k = 85 }]"), e.getMessage());
  }

  private IndicatorSettings.Confidentiality load(String body, List<String> overrides) throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf")).resolve("test.conf");
    Files.writeString(conf, "clusterscope {\n" + body + "\n}\n");
    return new SettingsLoader().load(conf, overrides, Optional.empty()).indicators().confidentiality();
  }
}
