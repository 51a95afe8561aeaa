package org.clusterscope.audit;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.reference.SectorScheme;

/**
 * What the audit reads: the released tables (values NULL where suppressed, conf_status), gold's
 * tables of the same cells (true values), silver establishments (to rebuild the finest cells),
 * and the configured NUTS levels and published sector schemes.
 */
public record AuditInputs(Dataset<Row> establishments, Tables released, Tables gold, List<Integer> levels,
    List<SectorScheme> schemes) {

  public AuditInputs {
    Objects.requireNonNull(establishments, "establishments");
    Objects.requireNonNull(released, "released");
    Objects.requireNonNull(gold, "gold");
    levels = List.copyOf(levels);
    schemes = List.copyOf(schemes);
  }

  /** region_sector, region_profile and sector_profile, in the released (cs_pub) or the gold layout. */
  public record Tables(Dataset<Row> regionSector, Dataset<Row> regionProfile, Dataset<Row> sectorProfile) {
    public Tables {
      Objects.requireNonNull(regionSector, "regionSector");
      Objects.requireNonNull(regionProfile, "regionProfile");
      Objects.requireNonNull(sectorProfile, "sectorProfile");
    }
  }
}
