package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.clusterscope.config.Settings;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.pipeline.Pipeline;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.testing.PipelineTest;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.clusterscope.testing.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * The rules of a register or SIRENE record compile into whole-stage methods below
 * {@code spark.sql.codegen.hugeMethodLimit} (8,000 bytes, set by clusterscope). Above it Spark
 * gives up whole-stage code generation for the plan and runs its operators one row at a time:
 * that is what the silver write of both sources did while the size band's estimate and the
 * division's section were long chains of expressions (EU scale: 177 s against 109 s of executor
 * time for the register, 51 s against 23 s for SIRENE).
 */
@PipelineTest
@ExtendWith(SparkTestExtension.class)
class GeneratedCodeSizeTest {
  private final TestSpark spark;

  GeneratedCodeSizeTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void theRulesOfARegisterAndASireneRecordStayWithinTheMethodSizeLimit(@TempDir Path dir) {
    // With the NUTS list, as production configurations have it: the rule on known regions adds code.
    Workspace ws = new Workspace(spark, dir)
        .config("reference.nuts-regions = \"" + Workspace.repo("conf/reference/nuts_regions.csv") + "\"");
    ws.register("r.csv",
        "E1,F1,DK011,29.32,5,,2023,active",
        "E2,F1,DK012,2932Z,,10-19,2023,active",
        "E3,F3,DK011,10.11,,NN,2023,closed");
    Settings settings = ws.settings();
    ws.run(Pipeline.Command.INGEST, YearSelection.all());
    // The product's code generation, not the suite's interpreted expressions for tiny inputs.
    SparkSession product = spark.productSession();
    Dataset<Row> bronze = product.table(ws.prefix() + "_bronze.register");
    int limit = Integer.parseInt(product.conf().get("spark.sql.codegen.hugeMethodLimit"));

    for (boolean sirene : new boolean[] {false, true}) {
      // The silver columns, as the table writer selects them: Spark generates code for these only.
      Dataset<Row> accepted = EstablishmentConform.classify(bronze, settings.conform(), ReferenceData.load(settings), sirene)
          .filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED))
          .select(PipelineTables.SILVER_ESTABLISHMENTS.columnNames().stream().map(c -> col(c)).toArray(Column[]::new));
      accepted.collectAsList(); // run, so that adaptive execution has its final plan
      List<Integer> sizes = methodSizes(accepted.queryExecution().executedPlan());

      assertFalse(sizes.isEmpty(), "the plan has whole-stage generated code");
      for (int size : sizes) {
        assertTrue(size <= limit, (sirene ? "SIRENE" : "register") + ": a generated method of " + size
            + " bytes is above spark.sql.codegen.hugeMethodLimit = " + limit + "; sizes " + sizes + "\n"
            + accepted.queryExecution().executedPlan().treeString());
      }
    }
    assertEquals(8000, limit, "the limit clusterscope sets");
  }

  /** The largest method of each whole-stage code block of a plan run by adaptive execution. */
  private static List<Integer> methodSizes(SparkPlan plan) {
    List<Integer> sizes = new ArrayList<>();
    collect(plan, sizes);
    return sizes;
  }

  private static void collect(SparkPlan plan, List<Integer> sizes) {
    if (plan instanceof AdaptiveSparkPlanExec adaptive) {
      collect(adaptive.executedPlan(), sizes);
      return;
    }
    if (plan instanceof QueryStageExec stage) {
      collect(stage.plan(), sizes);
      return;
    }
    if (plan instanceof WholeStageCodegenExec codegen) {
      sizes.add(CodeGenerator.compile(codegen.doCodeGen()._2())._2().maxMethodCodeSize());
    }
    for (SparkPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      collect(child, sizes);
    }
  }
}
