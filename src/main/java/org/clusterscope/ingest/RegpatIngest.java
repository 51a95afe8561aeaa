package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.lit;

import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;

/**
 * regpat: the OECD inventor, applicant and IPC files. Inventors and applicants share one bronze
 * table, told apart by the role their file gives them.
 */
final class RegpatIngest implements IngestFormat {
  @Override
  public boolean yearly() {
    return false;
  }

  @Override
  public Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part) {
    return new LineRecordReader(spark, bounds).read(source, part, switch (part) {
      case INVENTORS -> RecordLayout.regpatPersons("inv_share");
      case APPLICANTS -> RecordLayout.regpatPersons("app_share");
      default -> RecordLayout.regpatIpc();
    });
  }

  @Override
  public TableSpec bronzeTable(Part part) {
    return part == Part.IPC ? PipelineTables.BRONZE_REGPAT_IPC : PipelineTables.BRONZE_REGPAT_PERSONS;
  }

  @Override
  public Dataset<Row> bronzeRows(Dataset<Row> accepted, Part part) {
    Optional<String> role = role(part);
    return role.isPresent() ? accepted.withColumn("role", lit(role.get())) : accepted;
  }

  /**
   * The role a person file gives its rows (its files have no role column); empty for the IPC
   * file. CORDIS organisations have a {@code role} column of their own (coordinator, ...).
   */
  private static Optional<String> role(Part part) {
    return switch (part) {
      case INVENTORS -> Optional.of("inventor");
      case APPLICANTS -> Optional.of("applicant");
      default -> Optional.empty();
    };
  }
}
