package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** What Tab offers where, on a catalog of two databases and three tables. */
class SqlCompleterTest {
  static final Map<String, Map<String, List<String>>> CATALOG = Map.of(
      "cs_gold", Map.of("region_sector", List.of("region_code", "sector_code", "lq"),
          "region_profile", List.of("region_code", "hhi")),
      "cs_pub", Map.of("region_sector", List.of("region_code", "obs_status")));

  /** The catalog above, with a few keywords and functions. */
  static final class TinyVocabulary implements SqlVocabulary {
    int refreshes;

    @Override
    public List<String> keywords() {
      return List.of("SELECT", "FROM", "WHERE", "AS", "JOIN");
    }

    @Override
    public List<String> functions() {
      return List.of("sum", "sqrt");
    }

    @Override
    public List<String> databases() {
      return List.copyOf(new TreeSet<>(CATALOG.keySet()));
    }

    @Override
    public List<String> tables(String database) {
      return List.copyOf(new TreeSet<>(CATALOG.getOrDefault(database, Map.of()).keySet()));
    }

    @Override
    public List<String> columns(String database, String table) {
      return CATALOG.getOrDefault(database, Map.of()).getOrDefault(table, List.of());
    }

    @Override
    public void refresh() {
      refreshes++;
    }
  }

  private static List<String> complete(String line) {
    int cursor = line.indexOf('|');
    String text = line.replace("|", "");
    List<Candidate> candidates = new ArrayList<>();
    new SqlCompleter(new TinyVocabulary()).complete(null, new SqlLineParser().parse(text, cursor, ParseContext.COMPLETE), candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  @Test
  void aDatabaseAndADotOfferItsTables() {
    assertEquals(List.of("cs_gold.region_profile", "cs_gold.region_sector"), complete("SELECT * FROM cs_gold.reg|"));
    assertEquals(List.of("CS_PUB.region_sector"), complete("SELECT * FROM CS_PUB.|"), "the typed part as typed");
    assertEquals(List.of(), complete("SELECT * FROM nowhere.|"));
  }

  @Test
  void aTableOrItsAliasAndADotOfferItsColumns() {
    assertEquals(List.of("cs_gold.region_sector.region_code", "cs_gold.region_sector.sector_code", "cs_gold.region_sector.lq"),
        complete("SELECT cs_gold.region_sector.| FROM x"));
    assertEquals(List.of("rs.region_code", "rs.sector_code", "rs.lq"),
        complete("SELECT rs.| FROM cs_gold.region_sector rs"));
    assertEquals(List.of("p.region_code", "p.obs_status"),
        complete("SELECT p.| FROM cs_gold.region_sector AS g JOIN cs_pub.region_sector AS p"));
    assertEquals(List.of("region_profile.region_code", "region_profile.hhi"),
        complete("SELECT region_profile.| FROM cs_gold.region_profile WHERE x"));
  }

  @Test
  void aPlainWordOffersKeywordsFunctionsDatabasesAndTheNamedTablesColumns() {
    List<String> offered = complete("SELECT | FROM cs_gold.region_profile");
    assertEquals(List.of("SELECT", "FROM", "WHERE", "AS", "JOIN", "sum", "sqrt", "cs_gold", "cs_pub", "region_code", "hhi"), offered);
    assertTrue(complete("sel|").contains("select"), "keywords in the case being typed");
    assertFalse(complete("SELECT |").contains("lq"), "no table named, no columns");
  }

  @Test
  void aKeywordAfterATableIsNoAlias() {
    assertEquals(List.of(), complete("SELECT where.| FROM cs_gold.region_sector WHERE lq > 1"));
  }
}
