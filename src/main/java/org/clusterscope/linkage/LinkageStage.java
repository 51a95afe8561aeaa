package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.Relatedness;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * Linkages: co-invention (silver patent_inventors) and research collaboration (silver
 * participations) to {@code region_links} and {@code region_openness}; IPC co-classification and
 * co-location (gold region_sector) to {@code sector_links}; both with the clusters of
 * region_sector to {@code cross_border_clusters}. Each table's years are replaced as a whole.
 */
public final class LinkageStage {
  private final StageContext ctx;
  private final ReferenceData reference;

  public LinkageStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /** @return the years written to region_links */
  public SortedSet<Integer> execute(YearSelection selection) {
    ctx.tables().ensure(List.of(PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES,
        PipelineTables.SILVER_PARTICIPATIONS, GoldTables.REGION_SECTOR, GoldTables.REGION_LINKS,
        GoldTables.REGION_OPENNESS, GoldTables.SECTOR_LINKS, GoldTables.CROSS_BORDER_CLUSTERS));
    Dataset<Row> inventors = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_INVENTORS));
    Dataset<Row> classes = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_CLASSES));
    Dataset<Row> participations = ctx.spark().table(ctx.table(PipelineTables.SILVER_PARTICIPATIONS));
    Dataset<Row> regionSector = ctx.spark().table(ctx.table(GoldTables.REGION_SECTOR));
    SortedSet<Integer> activityYears = selected(selection, years(inventors).union(participations.select("reference_year")));
    SortedSet<Integer> patentYears = selected(selection, years(classes));
    SortedSet<Integer> clusterYears = selected(selection, years(regionSector));
    return ctx.describe("linkages " + activityYears, () -> {
      Object[] ys = activityYears.toArray();
      Dataset<Row> participants = Participants.of(inventors.filter(col("reference_year").isin(ys)),
          participations.filter(col("reference_year").isin(ys)), ctx.settings().indicators().nutsLevels()).localCheckpoint();
      Dataset<Row> totals = ActivityRegions.totals(participants).localCheckpoint();
      Dataset<Row> regions = ActivityRegions.regions(participants).localCheckpoint();
      Dataset<Row> countries = ActivityRegions.countries(participants).localCheckpoint();
      Dataset<Row> pairs = RegionLinks.activityPairs(regions, totals).localCheckpoint();
      Dataset<Row> links = RegionLinks.compute(pairs).localCheckpoint();
      write(GoldTables.REGION_LINKS, links, activityYears);
      Dataset<Row> sectors = ActivitySectors.ofPatents(classes.filter(col("reference_year").isin(ys)),
          reference.nace().divisionSections());
      write(GoldTables.REGION_OPENNESS,
          RegionOpenness.compute(participants, regions, totals, countries, pairs, sectors), activityYears);

      Dataset<Row> published = regionSector.filter(col("reference_year").isin(clusterYears.toArray()));
      Dataset<Row> coLocation = SectorLinks.coLocation(
          Relatedness.proximity(published, ctx.settings().indicators().coLocationLevel()));
      Dataset<Row> coClassification = SectorLinks.coClassification(
          classes.filter(col("reference_year").isin(patentYears.toArray())), reference.nace().divisionSections());
      SortedSet<Integer> sectorYears = new TreeSet<>(patentYears);
      sectorYears.addAll(clusterYears);
      write(GoldTables.SECTOR_LINKS, SectorLinks.normalised(coClassification.unionByName(coLocation)), sectorYears);

      SortedSet<Integer> crossBorderYears = new TreeSet<>(clusterYears);
      crossBorderYears.retainAll(activityYears);
      write(GoldTables.CROSS_BORDER_CLUSTERS, CrossBorderClusters.compute(links, published,
          ctx.settings().linkages().crossBorder()), crossBorderYears);
      ctx.audit().addYears(activityYears);
      return activityYears;
    });
  }

  private static Dataset<Row> years(Dataset<Row> table) {
    return table.select("reference_year");
  }

  private static SortedSet<Integer> selected(YearSelection selection, Dataset<Row> years) {
    SortedSet<Integer> present = new TreeSet<>();
    years.distinct().collectAsList().forEach(r -> present.add(r.getInt(0)));
    SortedSet<Integer> chosen = new TreeSet<>(selection.years().orElse(present));
    chosen.retainAll(present);
    return chosen;
  }

  private void write(TableSpec table, Dataset<Row> data, SortedSet<Integer> years) {
    ctx.describe("linkages: " + table.name() + " " + years, () -> {
      long version = ctx.tables().replaceYears(table, data, years, null);
      ctx.audit().addVersion(ctx.table(table), version);
      return version;
    });
  }
}
