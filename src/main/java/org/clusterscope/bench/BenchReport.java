package org.clusterscope.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one bench run measured: the environment, each pipeline stage, and the core comparison. */
public record BenchReport(
    String label,
    Instant timestamp,
    String config,
    String gitCommit,
    String sparkMaster,
    String shufflePartitions,
    Map<String, Long> inputBytes,
    List<StageFigures> stages,
    CoreFigures core) {

  public BenchReport {
    inputBytes = new LinkedHashMap<>(inputBytes);
    stages = List.copyOf(stages);
  }

  public boolean agrees() {
    return core.agrees();
  }

  public long totalInputBytes() {
    return inputBytes.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The scalar figures, in the order of the CSV columns (stage figures are added per stage). */
  Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("label", label);
    fields.put("timestamp", timestamp.toString());
    fields.put("config", config);
    fields.put("git_commit", gitCommit);
    fields.put("spark_master", sparkMaster);
    fields.put("shuffle_partitions", shufflePartitions);
    fields.put("input_bytes", totalInputBytes());
    fields.put("core_year", core.scope().year());
    fields.put("core_level", core.scope().level());
    fields.put("core_scheme", core.scope().scheme());
    fields.put("core_input_rows", core.inputRows());
    fields.put("core_region_sector_rows", core.sectorRows());
    fields.put("core_region_profile_rows", core.profileRows());
    fields.put("duckdb_seconds", core.duckDbSeconds());
    fields.put("spark_core_seconds", core.sparkSeconds());
    fields.put("spark_duckdb_ratio", core.sparkToDuckDbRatio());
    fields.put("duckdb_values_compared", core.duckDbComparison().valuesCompared());
    fields.put("duckdb_mismatches", core.duckDbComparison().mismatches());
    fields.put("duckdb_missing_keys", core.duckDbComparison().missingKeys());
    fields.put("gold_mismatches", core.goldComparison().map(ResultComparison::mismatches).orElse(null));
    fields.put("gold_missing_keys", core.goldComparison().map(ResultComparison::missingKeys).orElse(null));
    fields.put("agree", agrees());
    return fields;
  }
}
