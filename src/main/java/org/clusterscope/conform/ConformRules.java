package org.clusterscope.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.IngestStage;
import org.clusterscope.ops.RecordOutcomes;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.reference.ReferenceData;

/**
 * The conform rules of every format applied to records that ingest accepted, without writing:
 * what {@code validate} reports. Each part of a source gets its rows with {@code outcome},
 * {@code reason_code} and {@code reason_detail}, exactly as the conform stage would decide.
 */
public final class ConformRules {
  private ConformRules() {}

  /**
   * @param accepted per part, the rows ingest accepted (bronze-shaped, with reference_year where
   *     the format has one)
   */
  public static Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source,
      Map<Part, Dataset<Row>> accepted, Settings settings, ReferenceData reference, YearSelection selection) {
    Map<Part, Dataset<Row>> result = new LinkedHashMap<>();
    switch (source.format()) {
      case REGISTER_CSV -> result.put(Part.RECORDS,
          ConformStage.classify(accepted.get(Part.RECORDS), settings.conform(), reference, false));
      case SIRENE -> result.put(Part.RECORDS, ConformStage.classify(
          CommuneCorrespondence.place(accepted.get(Part.RECORDS), CommuneCorrespondence.load(spark, source)),
          settings.conform(), reference, true));
      case SBS -> result.put(Part.RECORDS, SbsCells.classify(accepted.get(Part.RECORDS), reference));
      case REGPAT -> {
        boolean priority = source.option("reference-year", "priority").equals("priority");
        Dataset<Row> classes = Delivery.outcome(
            PatentConform.classes(accepted.get(Part.IPC), settings.conform(), priority), selection);
        result.put(Part.IPC, classes);
        Dataset<Row> applications = classes.filter(col("outcome").notEqual(RecordOutcomes.QUARANTINED))
            .groupBy(col("appln_id").as("a_id")).agg(min("reference_year").as("a_year"));
        for (Part part : new Part[] {Part.INVENTORS, Part.APPLICANTS}) {
          if (accepted.containsKey(part)) {
            result.put(part, Delivery.outcome(PatentConform.persons(
                accepted.get(part).withColumn("role", org.apache.spark.sql.functions.lit(
                    IngestStage.regpatRole(part).orElseThrow())), applications), selection));
          }
        }
      }
      case CORDIS -> {
        Dataset<Row> projects = Delivery.outcome(ResearchConform.projects(accepted.get(Part.PROJECTS), settings.conform()), selection);
        result.put(Part.PROJECTS, projects);
        Dataset<Row> valid = projects.filter(col("outcome").notEqual(RecordOutcomes.QUARANTINED))
            .select(col("project_id").as("p_id"), col("reference_year").as("p_year"),
                col("framework_programme").as("p_programme"));
        result.put(Part.ORGANIZATIONS, Delivery.outcome(
            ResearchConform.participations(accepted.get(Part.ORGANIZATIONS), valid), selection));
      }
      default -> throw new IllegalStateException("No conform rules for " + source.format());
    }
    return result;
  }

  /** True for formats whose records carry their year at ingest. */
  public static boolean yearly(SourceFormat format) {
    return format == SourceFormat.REGISTER_CSV || format == SourceFormat.SIRENE || format == SourceFormat.SBS;
  }
}
