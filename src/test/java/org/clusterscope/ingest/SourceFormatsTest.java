package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.SourceCounts;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIRENE, Eurostat SBS, REGPAT and CORDIS inputs, each with one bad record per kind of damage:
 * every bad record lands in cs_ops.quarantine with its file, line and reason, the good ones reach
 * silver with the values the format means, and every part reconciles in both stages
 * (read = accepted + quarantined + excluded).
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceFormatsTest {
  private static final String SIRENE_HEADER = "siren,nic,siret,trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
      + "codeCommuneEtablissement,libelleCommuneEtablissement,etatAdministratifEtablissement,"
      + "activitePrincipaleEtablissement,nomenclatureActivitePrincipaleEtablissement,activitePrincipaleNAF25Etablissement";
  private static final String ORG_HEADER = "projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;"
      + "activityType;street;postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;order;role;"
      + "ecContribution;netEcContribution;totalCost;endOfParticipation;active";

  private final TestSpark spark;
  private Workspace ws;
  /** "file:line" to reason codes (an SBS line holds several cells). */
  private final Map<String, String> quarantined = new TreeMap<>();

  SourceFormatsTest(TestSpark spark) {
    this.spark = spark;
  }

  @BeforeAll
  void runOnEveryFormat(@TempDir Path dir) {
    ws = new Workspace(spark, dir).config("quality.max-quarantine-share = 1.0").ipcConcordances()
        .sources("[ { name = sirene, format = sirene, paths = [\"$ROOT/sirene\"],"
            + " options { commune-nuts = \"$ROOT/communes.csv\", reference-year = 2024 } },"
            + " { name = sbs, format = sbs, paths = [\"$ROOT/sbs\"] },"
            + " { name = regpat, format = regpat, paths { inventors = [\"$ROOT/regpat/inv.txt\"],"
            + "   ipc = [\"$ROOT/regpat/ipc.txt\"], applicants = [\"$ROOT/regpat/app.txt\"] } },"
            + " { name = cordis, format = cordis, paths { organizations = [\"$ROOT/cordis/organization.csv\"],"
            + "   projects = [\"$ROOT/cordis/project.csv\"] } } ]");
    ws.file("communes.csv", "LAU CODE,NUTS 3 CODE,LAU NAME NATIONAL\n68224,FRF12,Mulhouse\n67482,FRF11,Strasbourg\n");
    ByteArrayOutputStream sirene = new ByteArrayOutputStream();
    sirene.writeBytes(String.join("\n", SIRENE_HEADER,
        "552100554,00013,55210055400013,12,2024,68224,MULHOUSE,A,29.10Z,NAFRev2,29.10Y", // 2 valid, 20-49
        "552100554,00021,55210055400021,NN,,67482,STRASBOURG,A,70.10Z,NAFRev2,",         // 3 valid, no employees
        "552100555,00011,55210055500011,03,2024,68224,MULHOUSE,F,47.11F,NAFRev2,",       // 4 closed
        "552100556,00011,55210055600011,11,2024,68224,MULHOUSE,A,34.1A,NAFRev1,",        // 5 old nomenclature
        "552100557,00011,55210055700011,11,2024,99999,NOWHERE,A,29.10Z,NAFRev2,",        // 6 commune not in the list
        "552100558,00011,55210055800011,11,2024,,,A,29.10Z,NAFRev2,",                    // 7 no commune
        "552100559,00011,55210055900011,99,2024,68224,MULHOUSE,A,29.10Z,NAFRev2,",       // 8 no such tranche
        "552100560,00011,55210056000011,11,2024,68224,MULHOUSE,X,29.10Z,NAFRev2,",       // 9 no such state
        "552100561,00011,55210056100011,11,2031,68224,MULHOUSE,A,29.10Z,NAFRev2,",       // 10 future year
        "552100554,00013,55210055400013,12,2024,68224,MULHOUSE,A,29.10Z,NAFRev2,",       // 11 repeated siret
        "552100562,00011,55210056200011,11,2024,68224,MULHOUSE,A,29.10Z,NAFRev2",        // 12 truncated
        "552100563,00011,55210056300011,11,2024,68224,\"MULHOUSE,A,29.10Z,NAFRev2,",     // 13 unbalanced quote
        "552100564,00011,55210056400011,11,2024,68224,MULHOUSE,A,99.99Z,NAFRev2,",       // 14 no such class
        "552100565,00011,55210056500011,11,2024,68224,MULH").getBytes(StandardCharsets.UTF_8));
    sirene.write(0xD4); // 15 a Latin-1 byte in a UTF-8 file
    sirene.writeBytes("US,A,29.10Z,NAFRev2,\n".getBytes(StandardCharsets.UTF_8));
    ws.file("sirene/StockEtablissement.csv", sirene.toByteArray());

    ws.file("sbs/sbs_r_nuts2021.tsv", String.join("\n",
        "freq,indic_sbs,nace_r2,geo\\TIME_PERIOD\t2019 \t2020 ",
        "A,EMP_LOC_NR,C29,DE11\t1200 e\t1250 ",       // 2 two cells
        "A,LOC_NR,C29,DE11\t40\t: c",                  // 3 one cell, one confidential cell
        "A,EMP_LOC_NR,C,DE11\t5000\t:",                // 4 one cell, one not available
        "A,WAGE_LOC_EUR,C29,DE11\t1\t2",               // 5 an indicator not used
        "A,EMP_LOC_NR,B-N_S95_X_K,DE11\t9\t9",         // 6 an aggregate activity
        "A,EMP_LOC_NR,C29,DE1Z3Q\t5\t5",               // 7 not a NUTS code
        "A,EMP_LOC_NR,C99,DE11\t5\t5",                 // 8 no such division
        "A,EMP_LOC_NR,C10,DE11\t12x3\t5",              // 9 one unreadable value, one cell
        "A,EMP_LOC_NR,C10,DE12\t5\t6\t7",              // 10 one value too many
        "no tab here",                                  // 11 not a TSV line
        "A,EMP_LOC_NR,C29,DE11\t1\t1") + "\n");        // 12 repeated cells
    ws.file("sbs/empty.tsv", new byte[0]);             // an empty delivery

    ws.file("regpat/ipc.txt", String.join("\n",
        "appln_id|prio_year|app_year|IPC",
        "1|2021|2022|A61B   5/00",                     // 2
        "1|2021|2022|A61K  31/00",                     // 3
        "2|2022|2022|B60W  10/06",                     // 4
        "3|2022|2023|Z99Q 1/00",                       // 5 not an IPC code
        "4|2035|2035|G06F 17/30",                      // 6 future priority year
        "2|2022|2022|B60W 10/06",                      // 7 the same code again
        "5|2021|2021|C07C 1/00",                       // 8
        "5|2021|2021|A61K 8/02") + "\n");              // 9
    ws.file("regpat/inv.txt", String.join("\n",
        "appln_id|person_id|inv_name|reg_code|ctry_code|reg_share|inv_share",
        "1|p1|Anne \"Nan\" Roux|FR101|FR|1|0.5",       // 2 a quote inside a name
        "1|p2|Hans Meier|DE111|DE|1|0.5",              // 3
        "2|p3|Jo Doe|FRF12|FR|0.5|1",                  // 4 two addresses
        "2|p3|Jo Doe|DE139|DE|0.5|1",                  // 5
        "2|p4|X|FR101|FR|abc|1",                       // 6 share not a number
        "2|p5|Y|FR101|FR|1|1.5",                       // 7 share above 1
        "5|p6|Z|FR1011|FR|1|1",                        // 8 a sixth character: no such NUTS level
        "5|p7|W|DE111|FR|1|1",                         // 9 region of another country
        "9|p8|V|FR101|FR|1|1",                         // 10 no such application
        "5|p9|U||FR|1|1",                              // 11 no region
        "1|p1|Anne \"Nan\" Roux|FR101|FR|1|0.5",       // 12 repeated
        "5|p10|T|US06|US|1|0.5",                       // 13 outside NUTS: the country only
        "5|p11|S|FR101|FR|1",                          // 14 truncated
        "3|p12|R|FR101|FR|1|1",                        // 15 its only IPC row is invalid
        "4|p13|Q|FR101|FR|1|1") + "\n");               // 16 its year is invalid
    ws.file("regpat/app.txt", "APPLN_ID|PERSON_ID|APP_NAME|REG_CODE|CTRY_CODE|REG_SHARE|APP_SHARE\n"
        + "1|a1|Müller \"Hans\" GmbH|DE111|DE|1|1\n");

    ws.file("cordis/project.csv", String.join("\n",
        "id;acronym;startDate;frameworkProgramme;objective",
        "\"101000001\";\"ALPHA\";\"2021-03-01\";\"HORIZON\";\"Line one; with a semicolon",   // 2-3 one record
        "and a second line\"",
        "\"101000002\";\"BETA\";\"2022-01-15\";\"HORIZON\";\"short\"",                      // 4
        "\"101000003\";\"GAMMA\";\"2021-13-45\";\"HORIZON\";\"bad date\"",                 // 5
        "\"101000002\";\"BETA2\";\"2022-02-01\";\"HORIZON\";\"repeated id\"") + "\n");   // 6
    ws.file("cordis/organization.csv", String.join("\n", ORG_HEADER,
        org("101000001", "999001", "Universität Stuttgart", "HES", "DE", "DE111", "coordinator", "125000,5"), // 2
        org("101000001", "999002", "Acme; SARL", "PRC", "FR", "FRF12", "participant", "50000"),              // 3
        org("101000001", "999003", "Foo", "XYZ", "FR", "FR101", "participant", "1"),                          // 4
        org("101000002", "999004", "Bar", "REC", "FR", "FR1011", "coordinator", "1"),                         // 5
        org("101000002", "999005", "Baz", "PRC", "FR", "DE111", "participant", "1"),                          // 6
        org("101000002", "999006", "Qux", "PRC", "DE", "DE11", "participant", "12.5.0"),                      // 7
        org("101000099", "999007", "Nobody", "PRC", "DE", "DE11", "participant", "1"),                        // 8
        org("101000002", "", "No id", "PRC", "DE", "DE11", "participant", "1"),                               // 9
        org("101000001", "999001", "Universität Stuttgart", "HES", "DE", "DE111", "participant", "1"),        // 10
        org("101000002", "999010", "Short", "PRC", "DE", "DE11", "participant", "1").replaceFirst(";\"true\"$", ""), // 11
        org("101000002", "999008", "MIT", "HES", "US", "", "participant", ""),                                // 12
        org("101000003", "999011", "Late", "PRC", "DE", "DE11", "participant", "1"),                          // 13
        org("101000002", "999009", "Broken", "PRC", "DE", "DE11", "participant", "1").replace("\"Broken\"", "\"Broken"), // 14
        org("101000002", "999012", "Lund University", "HES", "SE", "SE224", "participant", "1")) + "\n");  // 15

    // The tests read silver, gold and the ops tables: the stages through linkages, not publish.
    ws.runThrough(Pipeline.Command.LINKAGES);
    for (Row row : ws.table("ops", "quarantine").filter(col("run_id").isin(ws.lastRunIds())).collectAsList()) {
      String key = Path.of(row.<String>getAs("source_file")).getFileName() + ":" + row.getAs("line_number");
      quarantined.merge(key, row.getAs("reason_code"), (a, b) -> a.compareTo(b) <= 0 ? a + "," + b : b + "," + a);
    }
  }

  private static String org(String project, String org, String name, String activity, String country, String nuts,
      String role, String contribution) {
    return String.join(";", q(project), q("ACR"), q(org), q(""), q(name), q(""), q("false"), q(activity), q("Street 1"),
        q("12345"), q("City"), q(country), q(nuts), q("48.1,7.3"), q(""), q(""), q("1"), q(role), q(contribution),
        q(contribution), q(contribution), q("false"), q("true"));
  }

  private static String q(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  @Test
  void eachBadRecordIsQuarantinedWithItsReason() {
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("StockEtablissement.csv:5", "wrong_nomenclature"),
        Map.entry("StockEtablissement.csv:6", "unknown_commune"),
        Map.entry("StockEtablissement.csv:7", "missing_value"),
        Map.entry("StockEtablissement.csv:8", "invalid_size_band"),
        Map.entry("StockEtablissement.csv:9", "invalid_status"),
        Map.entry("StockEtablissement.csv:10", "invalid_year"),
        Map.entry("StockEtablissement.csv:11", "duplicate_id"),
        Map.entry("StockEtablissement.csv:12", "wrong_field_count"),
        Map.entry("StockEtablissement.csv:13", "malformed_line"),
        Map.entry("StockEtablissement.csv:14", "invalid_nace"),
        Map.entry("StockEtablissement.csv:15", "invalid_encoding"),
        Map.entry("sbs_r_nuts2021.tsv:7", "invalid_region,invalid_region"),
        Map.entry("sbs_r_nuts2021.tsv:8", "invalid_nace,invalid_nace"),
        Map.entry("sbs_r_nuts2021.tsv:9", "invalid_value"),
        Map.entry("sbs_r_nuts2021.tsv:10", "wrong_field_count"),
        Map.entry("sbs_r_nuts2021.tsv:11", "malformed_line"),
        Map.entry("sbs_r_nuts2021.tsv:12", "duplicate_id,duplicate_id"),
        Map.entry("empty.tsv:0", "empty_file"),
        Map.entry("ipc.txt:5", "invalid_ipc"),
        Map.entry("ipc.txt:6", "invalid_year"),
        Map.entry("ipc.txt:7", "duplicate_id"),
        Map.entry("inv.txt:6", "invalid_share"),
        Map.entry("inv.txt:7", "invalid_share"),
        Map.entry("inv.txt:8", "invalid_region"),
        Map.entry("inv.txt:9", "region_country_mismatch"),
        Map.entry("inv.txt:10", "unknown_application"),
        Map.entry("inv.txt:11", "missing_value"),
        Map.entry("inv.txt:12", "duplicate_id"),
        Map.entry("inv.txt:14", "wrong_field_count"),
        Map.entry("inv.txt:15", "unknown_application"),
        Map.entry("inv.txt:16", "unknown_application"),
        Map.entry("project.csv:5", "invalid_date"),
        Map.entry("project.csv:6", "duplicate_id"),
        Map.entry("organization.csv:4", "invalid_activity_type"),
        Map.entry("organization.csv:5", "invalid_region"),
        Map.entry("organization.csv:6", "region_country_mismatch"),
        Map.entry("organization.csv:7", "invalid_amount"),
        Map.entry("organization.csv:8", "unknown_project"),
        Map.entry("organization.csv:9", "missing_value"),
        Map.entry("organization.csv:10", "duplicate_id"),
        Map.entry("organization.csv:11", "wrong_field_count"),
        Map.entry("organization.csv:13", "unknown_project"),
        Map.entry("organization.csv:14", "malformed_line")));
    assertEquals(expected, quarantined);
  }

  @Test
  void everyPartReconcilesInBothStages() {
    assertCounts("sirene", "ingest", 14, 10, 4, Map.of());
    assertCounts("sirene", "conform", 10, 2, 7, Map.of("closed", 1L));
    assertCounts("sbs", "ingest", 21, 18, 3, Map.of());
    assertCounts("sbs", "conform", 18, 6, 7,
        Map.of("not_available", 1L, "other_indicator", 2L, "aggregate_nace", 2L));
    assertCounts("regpat:ipc", "ingest", 8, 8, 0, Map.of());
    assertCounts("regpat:ipc", "conform", 8, 5, 3, Map.of());
    assertCounts("regpat:inventors", "ingest", 15, 14, 1, Map.of());
    assertCounts("regpat:inventors", "conform", 14, 5, 9, Map.of());
    assertCounts("regpat:applicants", "conform", 1, 1, 0, Map.of());
    assertCounts("cordis:projects", "ingest", 4, 4, 0, Map.of());
    assertCounts("cordis:projects", "conform", 4, 2, 2, Map.of());
    assertCounts("cordis:organizations", "ingest", 14, 12, 2, Map.of());
    assertCounts("cordis:organizations", "conform", 12, 4, 8, Map.of());
  }

  @Test
  void sireneEstablishmentsArePlacedThroughTheirCommune() {
    Map<String, Row> byId = Rows.byKey(ws.table("silver", "establishments"), "establishment_id");
    Row plant = byId.get("55210055400013");
    assertEquals("FRF12", plant.getAs("region_code"));
    assertEquals("552100554", plant.getAs("enterprise_id"));
    assertEquals("29.10", plant.getAs("nace_class"));
    assertEquals(34.5, plant.<Double>getAs("employees"), 1e-12); // band 12 = 20-49, midpoint
    assertEquals("band_midpoint", plant.getAs("employment_method"));
    Row nonEmployer = byId.get("55210055400021");
    assertEquals(2024, (int) nonEmployer.<Integer>getAs("reference_year")); // from the source option
    assertEquals(0.0, nonEmployer.<Double>getAs("employees"), 0.0);
    assertEquals("FRF11", nonEmployer.getAs("region_code"));
  }

  @Test
  void sbsCellsKeepConfidentialityAndFlags() {
    Map<String, Row> cells = Rows.byKey(ws.table("silver", "sbs_cells"), "reference_year", "region_code", "nace_code");
    Row y2019 = cells.get("2019|DE11|29");
    assertEquals(1200.0, y2019.<Double>getAs("employment"), 0.0);
    assertEquals("e", y2019.getAs("employment_flags"));
    assertEquals(40.0, y2019.<Double>getAs("establishments"), 0.0);
    Row y2020 = cells.get("2020|DE11|29");
    assertEquals(1250.0, y2020.<Double>getAs("employment"), 0.0);
    assertNull(y2020.getAs("establishments"));
    assertTrue(y2020.<Boolean>getAs("confidential"));
    assertEquals("section", cells.get("2019|DE11|C").getAs("nace_level"));
    assertEquals(4, cells.size());
  }

  @Test
  void aggregatedCellsFeedRegionSectorWithoutInventingPlantSizes() {
    Map<String, Row> rs = Rows.byKey(ws.table("gold", "region_sector").filter(col("sector_scheme").equalTo("nace_division")),
        "reference_year", "region_code", "sector_code");
    assertEquals(1200.0, rs.get("2019|DE11|29").<Double>getAs("employment"), 0.0);
    assertEquals("confidential_in_source", rs.get("2020|DE11|29").getAs("confidentiality"));
    Row profile = ws.table("gold", "sector_profile").filter(col("reference_year").equalTo(2019)
        .and(col("sector_scheme").equalTo("nace_division")).and(col("sector_code").equalTo("29"))).first();
    assertNull(profile.getAs("plant_herfindahl"));
    assertNull(profile.getAs("ellison_glaeser"));
  }

  @Test
  void patentWeightsAreInventorShareTimesRegionShare() {
    Map<String, Row> inventors = Rows.byKey(ws.table("silver", "patent_inventors"), "appln_id", "person_id", "region_code");
    assertEquals(0.5, inventors.get("1|p1|FR101").<Double>getAs("weight"), 1e-12);
    assertEquals(0.5, inventors.get("2|p3|DE139").<Double>getAs("weight"), 1e-12);
    assertEquals(2021, (int) inventors.get("1|p1|FR101").<Integer>getAs("reference_year"));
    Row american = inventors.get("5|p10|US");
    assertEquals(0, (int) american.<Integer>getAs("region_level"));
    assertEquals("applicant", inventors.get("1|a1|DE111").getAs("role"));
  }

  @Test
  void ipcCodesAreNormalisedAndMappedWithTheConcordanceRules() {
    Map<String, Row> classes = Rows.byKey(ws.table("silver", "patent_classes"), "appln_id", "ipc");
    assertEquals(13, (int) classes.get("1|A61B 5/00").<Integer>getAs("tech_field"));
    assertEquals(16, (int) classes.get("1|A61K 31/00").<Integer>getAs("tech_field"));
    assertEquals(List.of("21"), classes.get("1|A61K 31/00").getList(classes.get("1|A61K 31/00").fieldIndex("nace_divisions")));
    // C07C with a cosmetic A61K 8 code keeps its chemicals division (unless_with lifts not_with).
    Row c07c = classes.get("5|C07C 1/00");
    assertEquals(List.of("20"), c07c.getList(c07c.fieldIndex("nace_divisions")));
    assertEquals(14, (int) classes.get("5|A61K 8/02").<Integer>getAs("tech_field"));
    assertEquals(5, classes.size());
  }

  @Test
  void participationsCountAtTheLevelsTheirCodeDetermines() {
    Map<String, Row> participations = Rows.byKey(ws.table("silver", "participations"), "project_id", "organisation_id");
    Row stuttgart = participations.get("101000001|999001");
    assertEquals(2021, (int) stuttgart.<Integer>getAs("reference_year"));
    assertEquals("DE11", stuttgart.getAs("nuts2"));
    assertEquals(125000.5, stuttgart.<Double>getAs("ec_contribution"), 1e-9);
    assertEquals("HES", stuttgart.getAs("activity_type"));
    Row mit = participations.get("101000002|999008");
    assertEquals("US", mit.getAs("region_code"));
    assertEquals(0, (int) mit.<Integer>getAs("region_level"));
    assertEquals(4, participations.size());
  }

  /**
   * Ingest and conform rerun on the same files rewrite bronze and silver with the same rows; gold,
   * which they do not write, is still as it was.
   */
  @Test
  void rerunningLeavesEveryTableIdentical() {
    List<String[]> tables = List.of(
        new String[] {"bronze", "register"}, new String[] {"bronze", "sbs"}, new String[] {"bronze", "regpat_persons"},
        new String[] {"bronze", "regpat_ipc"}, new String[] {"bronze", "cordis_organizations"},
        new String[] {"bronze", "cordis_projects"}, new String[] {"silver", "establishments"},
        new String[] {"silver", "sbs_cells"}, new String[] {"silver", "patent_classes"},
        new String[] {"silver", "patent_inventors"}, new String[] {"silver", "participations"},
        new String[] {"gold", "region_sector"}, new String[] {"gold", "region_technology"},
        new String[] {"gold", "region_links"}, new String[] {"gold", "region_openness"}, new String[] {"gold", "sector_links"});
    List<org.apache.spark.sql.Dataset<Row>> before = new java.util.ArrayList<>();
    for (String[] t : tables) {
      before.add(held(t));
    }
    ws.runThrough(Pipeline.Command.CONFORM);
    for (int i = 0; i < tables.size(); i++) {
      assertTrue(before.get(i).count() > 0, String.join(".", tables.get(i)));
      spark.assertSameRows(before.get(i), held(tables.get(i)));
    }
  }

  /** A table's rows held locally (without the run id), so that a later write cannot change them. */
  private org.apache.spark.sql.Dataset<Row> held(String[] table) {
    org.apache.spark.sql.Dataset<Row> rows = ws.table(table[0], table[1]);
    if (List.of(rows.columns()).contains("run_id")) {
      rows = rows.drop("run_id");
    }
    return spark.spark().createDataFrame(rows.collectAsList(), rows.schema());
  }

  private void assertCounts(String set, String stage, long read, long accepted, long quarantinedCount,
      Map<String, Long> excluded) {
    SourceCounts counts = ws.counts(set, stage);
    assertEquals(read, counts.read(), set + " " + stage + " read");
    assertEquals(accepted, counts.accepted(), set + " " + stage + " accepted");
    assertEquals(quarantinedCount, counts.quarantined(), set + " " + stage + " quarantined");
    assertEquals(excluded, counts.excludedByReason(), set + " " + stage + " excluded");
    assertTrue(counts.reconciles());
  }

}
