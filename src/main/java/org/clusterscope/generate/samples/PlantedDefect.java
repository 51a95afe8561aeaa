package org.clusterscope.generate.samples;

/**
 * A deliberately malformed record of a sample file, as listed in {@code data-samples/DEFECTS.csv}.
 *
 * @param source     the pipeline source it belongs to ({@code register}, {@code sirene}, {@code sbs},
 *                   {@code regpat}, {@code cordis})
 * @param file       path relative to {@code data-samples/}, e.g. {@code sirene/StockEtablissement_2024.csv}
 * @param line       1-based physical line on which the record starts (the header is line 1)
 * @param reasonCode the quarantine reason code the pipeline should give it
 * @param detail     what is wrong, for people
 */
public record PlantedDefect(String source, String file, int line, String reasonCode, String detail) {
}
