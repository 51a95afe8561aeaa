package org.clusterscope.generate;

/**
 * One drawn establishment (local unit): its running number, its enterprise's number and its
 * ordinal within the enterprise (1 for the first, the head office in SIRENE), region and class
 * indexes, head count, whether the register gives only a size band, and whether it closed.
 */
record Establishment(long number, long enterprise, int ordinal, int region, int sector, int employees,
    boolean bandOnly, boolean closed) {}
