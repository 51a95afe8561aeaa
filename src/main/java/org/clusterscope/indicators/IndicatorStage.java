package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;

/**
 * Indicators: {@code cs_silver.establishments} to the gold tables, for every configured NUTS
 * level and sector scheme in one pass. Each output year is replaced as a whole; growth reads the
 * earlier years from silver without rewriting them.
 */
public final class IndicatorStage {
  /** Growth looks back this many years at most (employment_cagr_5y). */
  private static final int LOOK_BACK = 5;

  private final StageContext ctx;
  private final ReferenceData reference;

  public IndicatorStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /** @return the years written */
  public SortedSet<Integer> execute(YearSelection selection) {
    ctx.tables().ensure(List.of(PipelineTables.SILVER_ESTABLISHMENTS, GoldTables.REGION_SECTOR));
    Dataset<Row> silver = ctx.spark().table(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS))
        .filter(col("extra_regio").equalTo(false));
    SortedSet<Integer> present = new TreeSet<>();
    silver.select("reference_year").distinct().collectAsList().forEach(r -> present.add(r.getInt(0)));
    SortedSet<Integer> years = selection.years().orElse(present);
    if (years.isEmpty() || !present.containsAll(years)) {
      throw Errors.noDataForYears(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS),
          selection.years().map(Object::toString).orElse("(any)"));
    }
    List<Integer> needed = new ArrayList<>();
    for (int year : years) {
      for (int back = 0; back <= LOOK_BACK; back++) {
        needed.add(year - back);
      }
    }
    return ctx.describe("indicators: region_sector " + years, () -> {
      Dataset<Row> cells = CellAggregate.of(silver.filter(col("reference_year").isin(needed.toArray())),
              ctx.settings().indicators().nutsLevels(), reference.schemes())
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Dataset<Row> regionSector = new RegionSectorIndicators(ctx.settings().indicators())
            .compute(cells, labels(), years);
        long version = ctx.tables().replaceYears(GoldTables.REGION_SECTOR, regionSector, years, null);
        ctx.audit().addVersion(ctx.table(GoldTables.REGION_SECTOR), version);
      } finally {
        cells.unpersist();
      }
      ctx.audit().addYears(years);
      return years;
    });
  }

  private Dataset<Row> labels() {
    List<Row> rows = new ArrayList<>();
    for (SectorScheme scheme : reference.schemes()) {
      for (Map.Entry<String, String> e : scheme.labels().entrySet()) {
        rows.add(RowFactory.create(scheme.name(), e.getKey(), e.getValue()));
      }
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
        DataTypes.createStructField("sector_code", DataTypes.StringType, false),
        DataTypes.createStructField("sector_label", DataTypes.StringType, true)));
    return ctx.spark().createDataFrame(rows, schema);
  }
}
