package org.clusterscope.conform;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.clusterscope.config.SourceSettings;
import org.clusterscope.ingest.IngestFormat;
import org.clusterscope.ops.Stage;
import org.clusterscope.ops.StageContext;
import org.clusterscope.ops.StageResult;
import org.clusterscope.ops.StageTables;
import org.clusterscope.ops.StageYears;
import org.clusterscope.publish.TableSpec;
import org.clusterscope.reference.ReferenceData;

/**
 * Conform: bronze to silver. Register and SIRENE records become {@code establishments}
 * ({@link EstablishmentConform}), SBS cells {@code sbs_cells} ({@link SbsConform}), REGPAT files
 * {@code patent_classes} and {@code patent_inventors} ({@link PatentConform}), CORDIS files
 * {@code participations} ({@link ResearchConform}). Each (source, year) in silver is replaced as
 * a whole. Sources whose records carry their year conform the years ingest wrote in the run;
 * complete deliveries (REGPAT, CORDIS) learn their years here, under the user's selection.
 */
public final class ConformStage implements Stage {
  static final String STAGE = "conform";

  @Override
  public String name() {
    return STAGE;
  }

  /** The bronze tables of the configured sources, in; their silver tables, out. */
  @Override
  public StageTables tables(List<SourceSettings> sources) {
    List<TableSpec> silver = new ArrayList<>();
    for (SourceSettings source : sources) {
      ConformFormat.of(source.format()).silverTables().stream().filter(t -> !silver.contains(t)).forEach(silver::add);
    }
    return new StageTables(IngestFormat.bronzeTables(sources), silver);
  }

  @Override
  public boolean readsReference() {
    return true;
  }

  /** @return the years written to silver */
  @Override
  public StageResult execute(StageContext ctx, Supplier<ReferenceData> reference, StageYears years) {
    SortedSet<Integer> written = new TreeSet<>();
    for (SourceSettings source : ctx.settings().sources()) {
      ctx.describe("conform: " + source.name(), () ->
          written.addAll(ConformFormat.of(source.format()).conform(ctx, reference.get(), source, years)));
    }
    ctx.audit().addYears(written);
    return StageResult.chained(written, years);
  }
}
