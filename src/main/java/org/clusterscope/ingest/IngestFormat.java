package org.clusterscope.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clusterscope.config.IngestSettings;
import org.clusterscope.config.SourceFormat;
import org.clusterscope.config.SourceFormat.Part;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.publish.TableSpec;

/**
 * What ingest does differently per source format: the reader of each part, the bronze table each
 * part lands in, and whether the records carry their year. One adapter per {@link SourceFormat};
 * {@link #of} is the one place ingest chooses by format, and it lists every format, so a new
 * format does not compile until it has an adapter.
 *
 * <p>The adapters live in the stage package whose work they specialise, here and in
 * {@code conform.ConformFormat}, not beside {@link SourceFormat}: {@code config} sits below every
 * stage and must not depend on them, and one adapter class spanning ingest and conform would
 * need the readers and rules of both packages, package-private, made public. Conform may ask
 * ingest's adapter (conform depends on ingest, never the other way).
 */
public interface IngestFormat {

  static IngestFormat of(SourceFormat format) {
    return switch (format) {
      case REGISTER_CSV -> new RegisterCsvIngest();
      case SIRENE -> new SireneIngest();
      case SBS -> new SbsIngest();
      case REGPAT -> new RegpatIngest();
      case CORDIS -> new CordisIngest();
    };
  }

  /**
   * True when every record carries its reference year, so bronze replaces the years read
   * (register, SIRENE, SBS); false for complete deliveries (REGPAT, CORDIS), replaced part by part
   * because their year is known only once conform has joined their files.
   */
  boolean yearly();

  /**
   * The parsed records of one part of a source, as rows of its layout, with {@code reason_code}
   * and {@code reason_detail} for records that cannot be read (also used by {@code validate}).
   */
  Dataset<Row> read(SparkSession spark, IngestSettings bounds, SourceSettings source, Part part);

  /** The bronze table a part of the format lands in. */
  TableSpec bronzeTable(Part part);

  /** The accepted rows of a part as bronze holds them: the rows themselves unless a part adds columns. */
  default Dataset<Row> bronzeRows(Dataset<Row> accepted, Part part) {
    return accepted;
  }

  /** The bronze tables the configured sources write, each once, in the order of sources and parts. */
  static List<TableSpec> bronzeTables(List<SourceSettings> sources) {
    Set<TableSpec> tables = new LinkedHashSet<>();
    for (SourceSettings source : sources) {
      source.format().parts().forEach(part -> tables.add(of(source.format()).bronzeTable(part)));
    }
    return List.copyOf(tables);
  }
}
