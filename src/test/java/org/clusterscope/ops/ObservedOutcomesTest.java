package org.clusterscope.ops;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counts taken while the accepted rows are written are those of a separate aggregation
 * ({@link RecordOutcomes#countWithYears}): every record read, not only the ones written.
 */
@ExtendWith(SparkTestExtension.class)
class ObservedOutcomesTest {
  private static final StructType SCHEMA = new StructType()
      .add("outcome", DataTypes.StringType).add("reason_code", DataTypes.StringType)
      .add("reference_year", DataTypes.IntegerType);

  private final TestSpark spark;

  ObservedOutcomesTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void countsEveryRecordWhileOnlyTheAcceptedOnesAreRead() {
    Dataset<Row> classified = spark.spark().createDataFrame(List.of(
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2022),
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2023),
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2023),
        RowFactory.create(RecordOutcomes.QUARANTINED, "invalid_year", null),
        RowFactory.create(RecordOutcomes.QUARANTINED, "invalid_nace", 2021),
        RowFactory.create(RecordOutcomes.QUARANTINED, "invalid_nace", 2021),
        RowFactory.create(RecordOutcomes.EXCLUDED, "closed", 2019)), SCHEMA);
    ObservedOutcomes observed = ObservedOutcomes.of(classified, List.of("closed", "out_of_selected_years"));

    long written = observed.rows().filter(col("outcome").equalTo(RecordOutcomes.ACCEPTED)).count();
    RecordOutcomes.YearlyCounts counted = observed.counts("register", "conform");

    assertEquals(3, written);
    RecordOutcomes.YearlyCounts aggregated = RecordOutcomes.countWithYears(classified, "register", "conform");
    assertEquals(aggregated, counted);
    assertEquals(7, counted.counts().read());
    assertEquals(Map.of("invalid_year", 1L, "invalid_nace", 2L), counted.counts().quarantinedByReason());
    assertEquals(Map.of("closed", 1L), counted.counts().excludedByReason());
    assertEquals(Set.of(2022, 2023), counted.acceptedYears());
  }

  @Test
  void aReasonTheStageDoesNotDeclareIsABugNotALostRecord() {
    Dataset<Row> classified = spark.spark().createDataFrame(List.of(
        RowFactory.create(RecordOutcomes.ACCEPTED, null, 2022),
        RowFactory.create(RecordOutcomes.EXCLUDED, "closed", 2022)), SCHEMA);
    ObservedOutcomes observed = ObservedOutcomes.of(classified, List.of("out_of_selected_years"));
    observed.rows().count();

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> observed.counts("register", "conform"));
    assertTrue(error.getMessage().contains("1 excluded records, but their known reasons count {}"), error.getMessage());
  }
}
