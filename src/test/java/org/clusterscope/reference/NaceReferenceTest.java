package org.clusterscope.reference;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.clusterscope.testing.SparkTestExtension;
import org.clusterscope.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A division's section, as the column expression conform, the patent counts and the linkages use,
 * is the section the NACE file gives it, and a code that is not one of its two-digit divisions has
 * none.
 */
@ExtendWith(SparkTestExtension.class)
class NaceReferenceTest {
  private static final Path NACE = Path.of("conf/reference/nace_rev2.csv");

  private final TestSpark spark;

  NaceReferenceTest(TestSpark spark) {
    this.spark = spark;
  }

  @Test
  void everyDivisionOfTheNaceFileHasItsSection() {
    Map<String, String> divisionSections = NaceReference.load(NACE).divisionSections();

    Map<String, String> looked = sections(divisionSections, List.copyOf(divisionSections.keySet()));

    assertEquals(88, divisionSections.size(), "NACE Rev.2 has 88 divisions");
    assertEquals(divisionSections, looked);
    assertEquals("C", looked.get("29"));
    assertEquals("A", looked.get("01"));
    assertEquals("U", looked.get("99"));
  }

  @Test
  void aCodeThatIsNotATwoDigitDivisionOfTheFileHasNoSection() {
    Map<String, String> divisionSections = NaceReference.load(NACE).divisionSections();

    // 04, 34 and 00 are two digits but no NACE Rev.2 division; the others are not two digits.
    Map<String, String> looked = sections(divisionSections,
        Arrays.asList("04", "34", "00", "1", " 1", "1 ", "+1", "-1", "291", "2a", "", "C", null));

    Map<String, String> none = new HashMap<>();
    for (String code : looked.keySet()) {
      none.put(code, null);
    }
    assertEquals(13, looked.size());
    assertEquals(none, looked);
  }

  private Map<String, String> sections(Map<String, String> divisionSections, List<String> codes) {
    Dataset<Row> rows = spark.spark().createDataset(codes, Encoders.STRING()).toDF("division")
        .select(col("division"), NaceReference.sectionOf(divisionSections, col("division")).as("section"));
    Map<String, String> result = new HashMap<>();
    for (Row row : rows.collectAsList()) {
      result.put(row.getString(0), row.getString(1));
    }
    return result;
  }
}
