package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.reference.ReferenceData;

/** region_technology: patents per region and WIPO technology field, for the years with patent data. */
final class TechnologyTable {
  private final StageContext ctx;
  private final ReferenceData reference;

  TechnologyTable(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  void write(PatentRows patents, SortedSet<Integer> years) {
    Dataset<Row> counts = PatentCounts.byTechnology(PatentCounts.countedInventors(
        patents.inventors().filter(col("reference_year").isin(years.toArray()))),
        ctx.settings().indicators().nutsLevels(), patents.classes());
    ctx.writeGold(IndicatorStage.STAGE, GoldTables.REGION_TECHNOLOGY,
        PatentCounts.labelled(TechnologyIndicators.compute(counts), fieldLabels()), years);
  }

  private Dataset<Row> fieldLabels() {
    var ipc = reference.ipc();
    List<Row> rows = new ArrayList<>();
    ipc.ifPresent(c -> c.fieldLabels().forEach((field, label) ->
        rows.add(RowFactory.create(field, label, c.fieldSectors().get(field)))));
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("tech_field", DataTypes.IntegerType, false),
        DataTypes.createStructField("tech_field_label", DataTypes.StringType, true),
        DataTypes.createStructField("tech_sector", DataTypes.StringType, true)));
    return ctx.spark().createDataFrame(rows, schema);
  }
}
