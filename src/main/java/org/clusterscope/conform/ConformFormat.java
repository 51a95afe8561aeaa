package org.clusterscope.conform;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.Settings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageYears;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * What conform does differently per source format: the rules that decide each record's outcome
 * and the silver tables the accepted records land in. One adapter per {@link SourceFormat};
 * {@link #of} is the one place conform chooses by format. The adapters sit in this package, next
 * to the rules they apply, for the reasons given at {@code ingest.IngestFormat}.
 */
public interface ConformFormat {

  static ConformFormat of(SourceFormat format) {
    return switch (format) {
      case REGISTER_CSV -> EstablishmentConform.REGISTER_CSV;
      case SIRENE -> EstablishmentConform.SIRENE;
      case SBS -> new SbsConform();
      case REGPAT -> new PatentConform();
      case CORDIS -> new ResearchConform();
    };
  }

  /** The silver tables the format writes. */
  List<TableSpec> silverTables();

  /**
   * Conforms one source's bronze rows, records the counts and quarantine in the run audit and
   * replaces its years in silver.
   *
   * @return the years written to silver
   */
  SortedSet<Integer> conform(StageContext ctx, ReferenceData reference, SourceSettings source, StageYears years);

  /**
   * The outcome of every record ingest accepted, decided as {@link #conform} would, without
   * writing: what {@code validate} reports.
   *
   * @param accepted per part, the rows ingest accepted (bronze-shaped, with reference_year where
   *     the format has one)
   * @return per part, the rows with {@code outcome}, {@code reason_code} and {@code reason_detail}
   */
  Map<Part, Dataset<Row>> classify(SparkSession spark, SourceSettings source, Map<Part, Dataset<Row>> accepted,
      Settings settings, ReferenceData reference, YearSelection selection);
}
