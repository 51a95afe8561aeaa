package org.clusterscope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One aggregation of classified records gives the counts and the years of the accepted ones. */
@ExtendWith(SparkTestExtension.class)
class RecordOutcomesTest {
  private static final StructType SCHEMA = new StructType()
      .add("outcome", DataTypes.StringType).add("reason_code", DataTypes.StringType)
      .add("reference_year", DataTypes.IntegerType);

  private final TestSpark spark;

  RecordOutcomesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void countsEveryOutcomeAndTheAcceptedYears() {
    List<Row> rows = List.of(
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2022),
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2023),
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2023),
        RowFactory.create(RecordOutcomes.QUARANTINED, "invalid_year", null),
        RowFactory.create(RecordOutcomes.QUARANTINED, "invalid_nace", 2021),
        RowFactory.create(RecordOutcomes.EXCLUDED, "out_of_selected_years", 2019));

    RecordOutcomes.YearlyCounts counted = RecordOutcomes.countWithYears(
        spark.spark().createDataFrame(rows, SCHEMA), "register", "ingest");

    SourceCounts counts = counted.counts();
    assertEquals(6, counts.read());
    assertEquals(3, counts.accepted());
    assertEquals(Map.of("invalid_year", 1L, "invalid_nace", 1L), counts.quarantinedByReason());
    assertEquals(Map.of("out_of_selected_years", 1L), counts.excludedByReason());
    // Years of quarantined and excluded records are not years the source delivers.
    assertEquals(Set.of(2022, 2023), counted.acceptedYears());
  }

  @Test
  void recordsWithoutAYearGiveNoYears() {
    List<Row> rows = List.of(RowFactory.create(RecordOutcomes.ACCEPTED, null, null));
    RecordOutcomes.YearlyCounts counted = RecordOutcomes.countWithYears(
        spark.spark().createDataFrame(rows, SCHEMA), "regpat:ipc", "ingest");
    assertEquals(1, counted.counts().accepted());
    assertEquals(Set.of(), counted.acceptedYears());
  }
}
