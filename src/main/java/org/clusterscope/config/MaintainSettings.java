package org.clusterscope.config;

/**
 * What {@code maintain} keeps when it vacuums (docs/operations.md, "Releases and maintenance").
 *
 * @param retentionHours VACUUM removes a data file only once no table version of the last this
 *     many hours uses it: the time a reader of an older version (a long query through serve) has
 *     before its files go
 * @param keepReleases how many of the newest releases stay readable with {@code sql --as-of} and
 *     {@code serve.release}: the released tables keep every file these releases use, however old
 */
public record MaintainSettings(int retentionHours, int keepReleases) {}
