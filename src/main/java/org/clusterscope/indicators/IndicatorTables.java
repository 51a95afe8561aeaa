package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.SortedSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.clusterscope.config.IndicatorSettings;
import org.clusterscope.ops.StageContext;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.Grain;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;
import org.clusterscope.spark.Checkpoints;

/**
 * region_sector, region_profile and sector_profile for the years with employment data, every
 * configured NUTS level and sector scheme in one pass; growth reads the earlier years from silver
 * without rewriting them.
 */
final class IndicatorTables {

  private final StageContext ctx;
  private final ReferenceData reference;
  private final IndicatorSettings settings;
  private final IndicatorSchemes schemes;

  IndicatorTables(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
    this.settings = ctx.settings().indicators();
    this.schemes = new IndicatorSchemes(reference);
  }

  /** @return the years written */
  SortedSet<Integer> write(EmploymentRows employment, PatentRows patents, SortedSet<Integer> years) {
    List<Integer> needed = IndicatorYears.withLookBack(years);
    List<SectorScheme> computed = schemes.computed();
    Object[] configured = schemes.published();
    return ctx.describe("indicators: region_sector, region_profile, sector_profile " + years, () -> {
      // Each intermediate below is small (bounded by regions x sectors) and read several times.
      // Checkpoints materialises it and cuts its lineage: with persist() alone every later
      // query re-analyses the whole plan above it, which cost more than the computation itself.
      Dataset<Row> cells = cells(employment, needed, computed);
      TotalConfidentiality totals = new TotalConfidentiality(cells, years, settings.confidentiality());
      Dataset<Row> allSchemes = Checkpoints.materialise(new RegionSectorIndicators(settings)
          .compute(cells.filter(not(CellAggregate.isTotal())), IndicatorSchemes.labels(ctx.spark(), computed),
              employment.sources(), years));
      Dataset<Row> published = allSchemes.filter(col("sector_scheme").isin(configured));
      // Not materialised: a scan of the silver columns, read by two counts that each join or
      // aggregate it at once (checkpointing its rows at every level cost more than both reads).
      Dataset<Row> countedInventors = PatentCounts.countedInventors(
          patents.inventors().filter(col("reference_year").isin(years.toArray())));
      Object[] yearsWithPatents = years.stream().filter(patents.years()::contains).toArray();
      Dataset<Row> regionSector = regionSector(published, countedInventors, patents.classes(), yearsWithPatents);
      write(GoldTables.REGION_SECTOR, regionSector, years);
      Dataset<Row> complexity = Checkpoints.materialise(Complexity.compute(regionSector));
      write(GoldTables.REGION_PROFILE, totals.ofRegions(PatentColumns.fill(
          RegionProfileIndicators.compute(allSchemes, Complexity.eci(complexity)).filter(col("sector_scheme").isin(configured)),
          PatentCounts.byRegion(countedInventors, settings.nutsLevels()), Grain.REGION.names(),
          col("reference_year").isin(yearsWithPatents), settings)), years);
      write(GoldTables.SECTOR_PROFILE,
          totals.ofSectors(SectorProfileIndicators.compute(regionSector, Complexity.pci(complexity))), years);
      ctx.audit().addYears(years);
      return years;
    });
  }

  /**
   * The cells of the needed years, from establishments and from SBS cells, with the totals of the
   * establishments ({@link CellAggregate#isTotal()}), materialised.
   */
  private Dataset<Row> cells(EmploymentRows employment, List<Integer> needed, List<SectorScheme> computed) {
    Dataset<Row> fromEstablishments = CellAggregate.of(
        employment.establishments().filter(col("reference_year").isin(needed.toArray())), settings.nutsLevels(), computed,
        settings.confidentiality().largestNeeded());
    Dataset<Row> aggregated = AggregatedCells.of(
        employment.sbsCells().filter(col("reference_year").isin(needed.toArray())), settings.nutsLevels(), computed);
    return Checkpoints.materialise(aggregated == null ? fromEstablishments : fromEstablishments.unionByName(aggregated));
  }

  /** The published cells with relatedness density and patent counts, materialised. */
  private Dataset<Row> regionSector(Dataset<Row> published, Dataset<Row> countedInventors, Dataset<Row> classes,
      Object[] yearsWithPatents) {
    List<SectorScheme> patentSchemes = schemes.patentSchemes();
    return Checkpoints.materialise(PatentColumns.fill(
        Relatedness.withDensity(published, Relatedness.proximity(published, settings.coLocationLevel())),
        PatentCounts.bySector(countedInventors, settings.nutsLevels(), classes, reference.nace().divisionSections(),
            patentSchemes),
        Grain.CELL.names(),
        col("reference_year").isin(yearsWithPatents).and(col("sector_scheme").isin(
            patentSchemes.stream().map(SectorScheme::name).toArray())),
        settings));
  }

  private void write(TableSpec table, Dataset<Row> data, SortedSet<Integer> years) {
    ctx.writeGold(IndicatorStage.STAGE, table, data, years);
  }
}
