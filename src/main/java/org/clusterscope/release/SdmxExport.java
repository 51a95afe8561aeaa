package org.clusterscope.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.errors.Errors;
import org.clusterscope.reference.NaceReference;

/**
 * Writes {@code cs_pub.region_sector} as SDMX-CSV 1.0 (docs/design.md 7), the layout Eurostat takes
 * transmissions in: {@code DATAFLOW, FREQ, geo, nace_r2, indic_sb, TIME_PERIOD, OBS_VALUE,
 * OBS_STATUS, CONF_STATUS}, annual, one row per cell and measure, an empty OBS_VALUE where the
 * cell is suppressed. One file per reference year, {@code region_sector_<year>.csv}, so that
 * publishing a year again replaces exactly its file, as it replaces its rows in cs_pub. A file is
 * written beside its final name and moved over it, so a reader never sees half a year. Rows
 * stream to the driver one partition at a time.
 */
public final class SdmxExport {
  /** The dataflow of the export (agency:id(version)). */
  public static final String DATAFLOW = "CLUSTERSCOPE:REGION_SECTOR(1.0)";

  static final String[] HEADER = {"DATAFLOW", "FREQ", "geo", "nace_r2", "indic_sb", "TIME_PERIOD", "OBS_VALUE",
      "OBS_STATUS", "CONF_STATUS"};

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).build();

  private SdmxExport() {}

  /** What an export wrote: one file per year, and the observations (rows) in them. */
  public record Written(List<Path> files, long observations) {
    public Written {
      files = List.copyOf(files);
    }
  }

  /**
   * @param releasedRegionSector the rows of {@code cs_pub.region_sector} to export (the published years)
   * @param nace the NACE reference, for the section letter of a division's NACE_R2 code
   * @param folder created if missing
   * @throws org.clusterscope.errors.ClusterscopeException (exit 2) where the folder or a file cannot be written
   */
  public static Written write(Dataset<Row> releasedRegionSector, NaceReference nace, Path folder) {
    Dataset<Row> observations = new SdmxObservations(nace.divisionSections()).of(releasedRegionSector);
    try {
      Files.createDirectories(folder);
      return writeYears(observations.toLocalIterator(), folder);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw Errors.sdmxNotWritable(folder, e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  /** Writes the rows, ordered by year, a file per year. */
  private static Written writeYears(Iterator<Row> rows, Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    long count = 0;
    YearFile current = null;
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        int year = row.getInt(0);
        if (current == null || current.year != year) {
          if (current != null) {
            files.add(current.commit());
          }
          current = YearFile.open(folder, year);
        }
        current.print(row);
        count++;
      }
      if (current != null) {
        files.add(current.commit());
        current = null;
      }
    } finally {
      if (current != null) {
        current.abandon();
      }
    }
    return new Written(files, count);
  }

  /** The file of one year, written to a temporary name until it is complete. */
  private static final class YearFile {
    private final int year;
    private final Path target;
    private final Path partial;
    private final CSVPrinter printer;

    private YearFile(int year, Path target, Path partial, CSVPrinter printer) {
      this.year = year;
      this.target = target;
      this.partial = partial;
      this.printer = printer;
    }

    static YearFile open(Path folder, int year) throws IOException {
      Path target = folder.resolve("region_sector_" + year + ".csv");
      Path partial = Files.createTempFile(folder, ".region_sector_" + year, ".csv.partial");
      Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
      return new YearFile(year, target, partial, new CSVPrinter(writer, FORMAT));
    }

    /** TIME_PERIOD, geo, nace_r2, indic_sb, OBS_VALUE, OBS_STATUS, CONF_STATUS as one record. */
    void print(Row row) throws IOException {
      printer.printRecord(DATAFLOW, "A", row.getString(1), row.getString(2), row.getString(3), year,
          row.isNullAt(4) ? "" : number(row.getDouble(4)), row.getString(5), row.getString(6));
    }

    Path commit() throws IOException {
      printer.close();
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    }

    /** Removes the incomplete file after a failure; the failure, not a second one here, is reported. */
    void abandon() {
      try {
        printer.close();
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        partial.toFile().deleteOnExit();
      }
    }
  }

  /** A value as SDMX writes numbers: plain decimal notation, no trailing zeros (12, 12.5). */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
