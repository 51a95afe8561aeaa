package org.clusterscope.generate.samples;

/** A malformed line written on purpose: the file, its 1-based line number (the header is line 1) and why. */
public record InjectedDefect(int year, String fileName, int line, DefectKind kind, String detail) {
}
