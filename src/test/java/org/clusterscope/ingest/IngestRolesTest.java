package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.Rows;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bronze keeps a CORDIS participation's role as the source gives it; only REGPAT person files,
 * which have no role column, get one from the file they come from.
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class IngestRolesTest {
  private final TestSpark spark;

  IngestRolesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void cordisRolesAreTheSourcesAndRegpatRolesTheFiles(@TempDir Path dir) {
    Workspace ws = new Workspace(spark, dir).sources("[ { name = cordis, format = cordis, paths {"
        + " organizations = [\"$ROOT/cordis/organization.csv\"], projects = [\"$ROOT/cordis/project.csv\"] } },"
        + " { name = regpat, format = regpat, paths { inventors = [\"$ROOT/regpat/inv.txt\"],"
        + "   ipc = [\"$ROOT/regpat/ipc.txt\"], applicants = [\"$ROOT/regpat/app.txt\"] } } ]");
    ws.file("cordis/project.csv", "id;acronym;startDate;frameworkProgramme\n\"101\";\"A\";\"2021-03-01\";\"HORIZON\"\n");
    ws.file("cordis/organization.csv", "projectID;organisationID;name;SME;activityType;country;nutsCode;role;ecContribution\n"
        + "\"101\";\"1\";\"A\";\"false\";\"PRC\";\"DE\";\"DE111\";\"coordinator\";\"1\"\n"
        + "\"101\";\"2\";\"B\";\"false\";\"PRC\";\"DE\";\"DE111\";\"participant\";\"1\"\n"
        + "\"101\";\"3\";\"C\";\"false\";\"HES\";\"DE\";\"DE111\";\"associatedPartner\";\"1\"\n"
        + "\"101\";\"4\";\"D\";\"false\";\"REC\";\"DE\";\"DE111\";\"partner\";\"1\"\n");
    ws.file("regpat/ipc.txt", "appln_id|prio_year|app_year|IPC\n1|2021|2022|A61K 31/00\n");
    ws.file("regpat/inv.txt", "appln_id|person_id|reg_code|ctry_code|reg_share|inv_share\n1|p1|DE111|DE|1|1\n");
    ws.file("regpat/app.txt", "appln_id|person_id|reg_code|ctry_code|reg_share|app_share\n1|a1|DE111|DE|1|1\n");

    ws.run(Pipeline.Command.INGEST, YearSelection.all());

    Map<String, Row> organisations = Rows.byKey(ws.table("bronze", "cordis_organizations"), "organisation_id");
    assertEquals("coordinator", organisations.get("1").getAs("role"));
    assertEquals("participant", organisations.get("2").getAs("role"));
    assertEquals("associatedPartner", organisations.get("3").getAs("role"));
    assertEquals("partner", organisations.get("4").getAs("role"));
    Map<String, Row> persons = Rows.byKey(ws.table("bronze", "regpat_persons"), "person_id");
    assertEquals("inventor", persons.get("p1").getAs("role"));
    assertEquals("applicant", persons.get("a1").getAs("role"));
    assertEquals(0, ws.table("bronze", "cordis_organizations").filter(col("role").equalTo("inventor")).count());
  }
}
