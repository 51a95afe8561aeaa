package org.clusterscope.linkage;

import static org.apache.spark.sql.functions.col;

import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.indicators.PatentCounts;
import org.clusterscope.indicators.Relatedness;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.spark.CachedTables;
import org.clusterscope.reference.ReferenceData;

/**
 * The linkage tables of one run: co-invention (silver patent_inventors) and research collaboration (silver
 * participations) to {@code region_links} and {@code region_openness}; IPC co-classification and
 * co-location (gold region_sector) to {@code sector_links}; both with the clusters of
 * region_sector to {@code cross_border_clusters}. Each table's years are replaced as a whole.
 */
final class Linkages {
  private final StageContext ctx;
  private final ReferenceData reference;

  Linkages(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /** @return the years written to region_links */
  SortedSet<Integer> execute(YearSelection selection) {
    Inputs in = new Inputs(ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_INVENTORS)),
        ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_CLASSES)),
        ctx.spark().table(ctx.table(PipelineTables.SILVER_PARTICIPATIONS)),
        ctx.spark().table(ctx.table(GoldTables.REGION_SECTOR)));
    SortedSet<Integer> activityYears = selected(selection, years(in.inventors()).union(years(in.participations())));
    SortedSet<Integer> patentYears = selected(selection, years(in.classes()));
    SortedSet<Integer> clusterYears = selected(selection, years(in.regionSector()));
    return ctx.describe("linkages " + activityYears, () -> {
      try (CachedTables cached = new CachedTables()) {
        // Both the activities' sectors and the co-classification pairs start from each
        // application's divisions (an aggregate over every IPC row): computed once for both.
        SortedSet<Integer> divisionYears = new TreeSet<>(activityYears);
        divisionYears.addAll(patentYears);
        Dataset<Row> divisions = cached.add(PatentCounts.applicationDivisions(
            in.classes().filter(col("reference_year").isin(divisionYears.toArray()))));
        Dataset<Row> links = activityLinks(in, divisions, activityYears, cached);
        Dataset<Row> published = in.regionSector().filter(col("reference_year").isin(clusterYears.toArray()));
        sectorLinks(divisions, published, patentYears, clusterYears, cached);
        SortedSet<Integer> crossBorderYears = new TreeSet<>(clusterYears);
        crossBorderYears.retainAll(activityYears);
        write(GoldTables.CROSS_BORDER_CLUSTERS, CrossBorderClusters.compute(links, published,
            ctx.settings().linkages().crossBorder()), crossBorderYears);
      }
      ctx.audit().addYears(activityYears);
      return activityYears;
    });
  }

  /** The stage's silver and gold inputs, all years. */
  private record Inputs(Dataset<Row> inventors, Dataset<Row> classes, Dataset<Row> participations,
      Dataset<Row> regionSector) {}

  /** Writes region_links and region_openness; returns region_links (cached) for cross_border_clusters. */
  private Dataset<Row> activityLinks(Inputs in, Dataset<Row> divisions, SortedSet<Integer> years,
      CachedTables cached) {
    Object[] ys = years.toArray();
    Dataset<Row> participants = Participants.of(in.inventors().filter(col("reference_year").isin(ys)),
        in.participations().filter(col("reference_year").isin(ys)), ctx.settings().indicators().nutsLevels());
    Dataset<Row> sectors = ActivitySectors.ofPatents(divisions.filter(col("reference_year").isin(ys)),
        reference.nace().divisionSections(), reference.customSchemes());
    Dataset<Row> sets = ActivitySectors.sets(sectors);
    Dataset<Row> regions = ActivityRegions.regions(
        cached.add(ActivityRegions.activities(participants,
            ActivitySectors.numbered(sectors, sets), ctx.settings().indicators().nutsLevels())));
    Dataset<Row> links = cached.add(RegionLinks.compute(RegionLinks.activityPairs(regions)));
    write(GoldTables.REGION_LINKS, links, years);
    write(GoldTables.REGION_OPENNESS, RegionOpenness.compute(regions, sets), years);
    return links;
  }

  private void sectorLinks(Dataset<Row> divisions, Dataset<Row> published, SortedSet<Integer> patentYears,
      SortedSet<Integer> clusterYears, CachedTables cached) {
    Dataset<Row> coLocation = SectorLinks.coLocation(
        Relatedness.proximity(published, ctx.settings().indicators().coLocationLevel()));
    Dataset<Row> coClassification = SectorLinks.coClassification(
        divisions.filter(col("reference_year").isin(patentYears.toArray())), reference.nace().divisionSections());
    SortedSet<Integer> sectorYears = new TreeSet<>(patentYears);
    sectorYears.addAll(clusterYears);
    // The normalisations read the pairs seven times (row sums of both ends, their totals, the
    // pairs themselves): cached, so the co-classification and the proximities are computed once.
    Dataset<Row> pairs = cached.add(coClassification.unionByName(coLocation));
    write(GoldTables.SECTOR_LINKS, SectorLinks.normalised(pairs), sectorYears);
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
    ctx.writeGold("linkages", table, data, years);
  }
}
