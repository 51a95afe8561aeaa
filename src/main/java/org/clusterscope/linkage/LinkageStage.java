package org.clusterscope.linkage;

import java.util.List;
import java.util.function.Supplier;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageTables;
import org.clusterscope.ops.StageYears;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.reference.ReferenceData;

/**
 * Linkages: co-invention, research collaboration and co-location between regions and sectors
 * ({@link Linkages}), for the years conform wrote in the run.
 */
public final class LinkageStage implements Stage {

  @Override
  public String name() {
    return "linkages";
  }

  @Override
  public StageTables tables(List<SourceSettings> sources) {
    return new StageTables(
        List.of(PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES,
            PipelineTables.SILVER_PARTICIPATIONS, GoldTables.REGION_SECTOR),
        List.of(GoldTables.REGION_LINKS, GoldTables.REGION_OPENNESS, GoldTables.SECTOR_LINKS,
            GoldTables.CROSS_BORDER_CLUSTERS));
  }

  @Override
  public boolean readsReference() {
    return true;
  }

  /** The result is the years written to region_links. */
  @Override
  public StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years) {
    return StageResult.chained(new Linkages(ctx, reference.get()).execute(years.upstream()), years);
  }
}
