package org.clusterscope.ops;

/**
 * The records of one reference year in one input file, as ingest read them: how many, and a
 * digest of their line numbers and text. An incremental run compares these per year, so a file
 * holding several years that changed in one of them reruns that year only.
 *
 * @param source the configured source name
 * @param file the file, as bronze's {@code source_file} names it
 * @param year the reference year, or null for records without a readable one
 * @param records the records of that year in the file
 * @param digest XOR of the XXH64 of each record's line number and raw text
 */
public record FileYear(String source, String file, Integer year, long records, long digest) {}
