package org.clusterscope.config;

/**
 * Parameters of the linkage stage.
 *
 * @param crossBorder when a region pair across a border counts as a cross-border cluster
 */
public record LinkageSettings(CrossBorder crossBorder) {

  /**
   * @param minStars stars a sector needs on each side (European Cluster Observatory)
   * @param strongCluster whether a strong cluster (U.S. Cluster Mapping rule) also qualifies
   * @param minLinks activities, over all sources, that must join the two regions
   */
  public record CrossBorder(int minStars, boolean strongCluster, long minLinks) {}
}
