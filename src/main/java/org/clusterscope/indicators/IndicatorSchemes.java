package org.clusterscope.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;

/**
 * The sector schemes of one indicator run: those computed (the configured ones plus nace_class),
 * those published, and those patents are counted in.
 */
final class IndicatorSchemes {
  private final ReferenceData reference;

  IndicatorSchemes(ReferenceData reference) {
    this.reference = reference;
  }

  /**
   * The configured schemes plus nace_class: related and unrelated variety are defined on NACE
   * classes whatever the scheme, so their cells are computed even when not published.
   */
  List<SectorScheme> computed() {
    List<SectorScheme> configured = reference.schemes();
    if (configured.stream().anyMatch(scheme -> scheme.name().equals("nace_class"))) {
      return configured;
    }
    List<SectorScheme> schemes = new ArrayList<>(configured);
    schemes.add(SectorScheme.builtIn("nace_class", reference.nace()));
    return schemes;
  }

  /** The names of the configured schemes, the ones published. */
  Object[] published() {
    return reference.schemes().stream().map(SectorScheme::name).toArray();
  }

  /** NACE sections and divisions, and the custom schemes: those the IPC concordance reaches. */
  List<SectorScheme> patentSchemes() {
    List<SectorScheme> schemes = new ArrayList<>(List.of(SectorScheme.builtIn("nace_section", reference.nace()),
        SectorScheme.builtIn("nace_division", reference.nace())));
    schemes.addAll(reference.customSchemes());
    return schemes;
  }

  /** The sector labels of {@code schemes}, one row per scheme and sector. */
  static Dataset<Row> labels(SparkSession spark, List<SectorScheme> schemes) {
    List<Row> rows = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      for (Map.Entry<String, String> e : scheme.labels().entrySet()) {
        rows.add(RowFactory.create(scheme.name(), e.getKey(), e.getValue()));
      }
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
        DataTypes.createStructField("sector_code", DataTypes.StringType, false),
        DataTypes.createStructField("sector_label", DataTypes.StringType, true)));
    return spark.createDataFrame(rows, schema);
  }
}
