package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clusterscope.errors.Errors;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.YearSelection;
import org.clusterscope.publish.GoldTables;
import org.clusterscope.publish.PipelineTables;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;
import org.clusterscope.reference.SectorScheme;

/**
 * Indicators: {@code cs_silver.establishments} and {@code cs_silver.sbs_cells} (aggregated
 * cells, see {@link AggregatedCells}) to the gold tables, for every configured NUTS level and
 * sector scheme in one pass. Each output year is replaced as a whole; growth reads the
 * earlier years from silver without rewriting them.
 */
public final class IndicatorStage {
  /** Growth looks back this many years at most (employment_cagr_5y). */
  private static final int LOOK_BACK = 5;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndicatorStage.class);

  private final StageContext ctx;
  private final ReferenceData reference;

  public IndicatorStage(StageContext ctx, ReferenceData reference) {
    this.ctx = ctx;
    this.reference = reference;
  }

  /** @return the years written */
  public SortedSet<Integer> execute(YearSelection selection) {
    ctx.tables().ensure(List.of(PipelineTables.SILVER_ESTABLISHMENTS, PipelineTables.SILVER_SBS_CELLS,
        PipelineTables.SILVER_PATENT_INVENTORS, PipelineTables.SILVER_PATENT_CLASSES,
        GoldTables.REGION_SECTOR, GoldTables.REGION_PROFILE, GoldTables.SECTOR_PROFILE, GoldTables.REGION_TECHNOLOGY));
    Dataset<Row> silver = employmentSources(ctx.spark().table(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS))
        .filter(col("extra_regio").equalTo(false)));
    Dataset<Row> sbs = employmentSources(ctx.spark().table(ctx.table(PipelineTables.SILVER_SBS_CELLS)));
    Dataset<Row> sources = SourceOverlap.sources(silver, sbs);
    SortedSet<Integer> present = new TreeSet<>();
    sources.collectAsList().forEach(r -> present.add(r.getInt(0)));
    Dataset<Row> inventors = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_INVENTORS));
    Dataset<Row> classes = ctx.spark().table(ctx.table(PipelineTables.SILVER_PATENT_CLASSES));
    SortedSet<Integer> patentYears = new TreeSet<>();
    inventors.select("reference_year").distinct().collectAsList().forEach(r -> patentYears.add(r.getInt(0)));
    SortedSet<Integer> technologyYears = new TreeSet<>(selection.years().orElse(patentYears));
    technologyYears.retainAll(patentYears);
    if (!technologyYears.isEmpty()) {
      writeTechnology(inventors, classes, technologyYears);
    }
    SortedSet<Integer> years = new TreeSet<>(selection.years().orElse(present));
    years.retainAll(present);
    if (years.isEmpty()) {
      throw Errors.noDataForYears(ctx.table(PipelineTables.SILVER_ESTABLISHMENTS) + " or "
          + ctx.table(PipelineTables.SILVER_SBS_CELLS), selection.years().map(Object::toString).orElse("(any)"));
    }
    selection.years().ifPresent(selected -> {
      SortedSet<Integer> skipped = new TreeSet<>(selected);
      skipped.removeAll(present);
      if (!skipped.isEmpty()) {
        LOG.warn("No employment data (establishments or SBS cells) for {}: no indicators for those years", skipped);
      }
    });
    List<Integer> needed = new ArrayList<>();
    for (int year : years) {
      for (int back = 0; back <= LOOK_BACK; back++) {
        needed.add(year - back);
      }
    }
    List<SectorScheme> schemes = withNaceClasses(reference.schemes());
    Object[] configured = reference.schemes().stream().map(SectorScheme::name).toArray();
    return ctx.describe("indicators: region_sector, region_profile, sector_profile " + years, () -> {
      // Each intermediate below is small (bounded by regions x sectors) and read several times.
      // localCheckpoint materialises it and cuts its lineage: with persist() alone every later
      // query re-analyses the whole plan above it, which cost more than the computation itself.
      Dataset<Row> fromEstablishments = CellAggregate.of(silver.filter(col("reference_year").isin(needed.toArray())),
          ctx.settings().indicators().nutsLevels(), schemes);
      Dataset<Row> aggregated = AggregatedCells.of(sbs.filter(col("reference_year").isin(needed.toArray())),
          ctx.settings().indicators().nutsLevels(), schemes);
      Dataset<Row> cells = (aggregated == null ? fromEstablishments : fromEstablishments.unionByName(aggregated))
          .localCheckpoint();
      Dataset<Row> allSchemes = new RegionSectorIndicators(ctx.settings().indicators())
          .compute(cells, labels(schemes), sources, years)
          .localCheckpoint();
      Dataset<Row> published = allSchemes.filter(col("sector_scheme").isin(configured));
      // Not materialised: a scan of the silver columns, read by two counts that each join or
      // aggregate it at once (checkpointing its rows at every level cost more than both reads).
      Dataset<Row> countedInventors = PatentCounts.countedInventors(
          inventors.filter(col("reference_year").isin(years.toArray())));
      List<Integer> levels = ctx.settings().indicators().nutsLevels();
      Object[] yearsWithPatents = years.stream().filter(patentYears::contains).toArray();
      List<SectorScheme> patentSchemes = new ArrayList<>(List.of(SectorScheme.builtIn("nace_section", reference.nace()),
          SectorScheme.builtIn("nace_division", reference.nace())));
      patentSchemes.addAll(reference.customSchemes());
      Dataset<Row> regionSector = withPatents(
          Relatedness.withDensity(published, Relatedness.proximity(published, ctx.settings().indicators().coLocationLevel())),
          PatentCounts.bySector(countedInventors, levels, classes, reference.nace().divisionSections(), patentSchemes),
          new String[] {"reference_year", "nuts_level", "region_code", "sector_scheme", "sector_code"},
          col("reference_year").isin(yearsWithPatents).and(col("sector_scheme").isin(
              patentSchemes.stream().map(SectorScheme::name).toArray())))
          .localCheckpoint();
      write(GoldTables.REGION_SECTOR, regionSector, years);
      Dataset<Row> complexity = Complexity.compute(regionSector).localCheckpoint();
      write(GoldTables.REGION_PROFILE, withPatents(
          RegionProfileIndicators.compute(allSchemes, Complexity.eci(complexity)).filter(col("sector_scheme").isin(configured)),
          PatentCounts.byRegion(countedInventors, levels), new String[] {"reference_year", "nuts_level", "region_code"},
          col("reference_year").isin(yearsWithPatents)), years);
      write(GoldTables.SECTOR_PROFILE, SectorProfileIndicators.compute(regionSector, Complexity.pci(complexity)), years);
      ctx.audit().addYears(years);
      return years;
    });
  }

  /**
   * Replaces the NULL patent columns with the counts where they are defined ({@code applicable}):
   * 0 for a cell without patents in a year with patent data, NULL where patents cannot be counted.
   */
  private Dataset<Row> withPatents(Dataset<Row> rows, Dataset<Row> counts, String[] keys, Column applicable) {
    Dataset<Row> renamed = counts.withColumnRenamed("patents", "patent_count");
    Column condition = lit(true);
    for (String key : keys) {
      renamed = renamed.withColumnRenamed(key, "p_" + key);
      condition = condition.and(rows.col(key).equalTo(renamed.col("p_" + key)));
    }
    Dataset<Row> joined = rows.drop("patents", "patents_per_10k_employees").join(renamed, condition, "left");
    for (String key : keys) {
      joined = joined.drop("p_" + key);
    }
    return joined
        .withColumn("patents", when(applicable, coalesce(col("patent_count"), lit(0.0))))
        .withColumn("patents_per_10k_employees", Formulas.patentsPer10k(col("patents"), col("employment"),
            ctx.settings().indicators().patentIntensityMinEmployment()))
        .drop("patent_count");
  }

  /** region_technology for the years with patent data. */
  private void writeTechnology(Dataset<Row> inventors, Dataset<Row> classes, SortedSet<Integer> years) {
    Dataset<Row> counts = PatentCounts.byTechnology(PatentCounts.countedInventors(
        inventors.filter(col("reference_year").isin(years.toArray()))), ctx.settings().indicators().nutsLevels(), classes);
    write(GoldTables.REGION_TECHNOLOGY, PatentCounts.labelled(TechnologyIndicators.compute(counts), fieldLabels()),
        years);
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

  /** The rows of the sources listed in indicators.sources (all when the list is empty). */
  private Dataset<Row> employmentSources(Dataset<Row> silver) {
    List<String> sources = ctx.settings().indicators().sources();
    return sources.isEmpty() ? silver : silver.filter(col("source").isin(sources.toArray()));
  }

  private void write(TableSpec table, Dataset<Row> data, SortedSet<Integer> years) {
    ctx.writeGold("indicators", table, data, years);
  }

  /**
   * The configured schemes plus nace_class: related and unrelated variety are defined on NACE
   * classes whatever the scheme, so their cells are computed even when not published.
   */
  private List<SectorScheme> withNaceClasses(List<SectorScheme> configured) {
    if (configured.stream().anyMatch(scheme -> scheme.name().equals("nace_class"))) {
      return configured;
    }
    List<SectorScheme> schemes = new ArrayList<>(configured);
    schemes.add(SectorScheme.builtIn("nace_class", reference.nace()));
    return schemes;
  }

  private Dataset<Row> labels(List<SectorScheme> schemes) {
    List<Row> rows = new ArrayList<>();
    for (SectorScheme scheme : schemes) {
      for (Map.Entry<String, String> e : scheme.labels().entrySet()) {
        rows.add(RowFactory.create(scheme.name(), e.getKey(), e.getValue()));
      }
    }
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("sector_scheme", DataTypes.StringType, false),
        DataTypes.createStructField("sector_code", DataTypes.StringType, false),
        DataTypes.createStructField("sector_label", DataTypes.StringType, true)));
    return ctx.spark().createDataFrame(rows, schema);
  }
}
