package org.clusterscope.indicators;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The formulas of {@code sector_profile} (docs/design.md 4.3, docs/indicators.md): aggregate
 * expressions over the cells of one sector at one level, with s_r = E_rs / E_s the region's share
 * of the sector and x_r = E_r / E its share of all employment. Regions without the sector have
 * s_r = 0, so their part of a sum "over every region" is added in closed form from Σ_all x_r = 1
 * and Σ_all x_r² of the level. {@link SectorProfileIndicators} groups the cells and computes
 * Σ_all x_r² and the Lorenz curve's running heights.
 */
public final class SectorFormulas {
  private SectorFormulas() {}

  /** x_r = E_r / E: the region's share of all employment at the level. */
  public static Column regionShare(Column eR, Column e) {
    return Formulas.ratio(eR, e);
  }

  /** Herfindahl index Σ_r s_r² of the sector over regions. */
  public static Column herfindahlRegions(Column s) {
    return RegionFormulas.herfindahl(s);
  }

  /**
   * Krugman concentration Σ_r |s_r − x_r| over every region in scope (Krugman 1991): the
   * specialisation index of {@link RegionFormulas#krugman} with regions and sectors swapped, an
   * absent region contributing x_r.
   */
  public static Column krugmanConcentration(Column s, Column x) {
    return RegionFormulas.krugman(s, x);
  }

  /**
   * One region's area under the sector's Lorenz curve against total employment: the trapezoid
   * between the previous region's height and this one's, x_r (2·height − s_r) / 2, regions in
   * ascending order of E_rs / E_r.
   *
   * @param height the running sum of s_r up to and including this region
   */
  public static Column lorenzArea(Column x, Column height, Column s) {
    return x.multiply(height.multiply(2).minus(s)).divide(2);
  }

  /**
   * Locational Gini (Krugman 1991; EconGeo {@code locational_gini}): 1 − 2·area under the Lorenz
   * curve, halved, so 0.5 − Σ area, 0 for a sector located like total employment. Regions
   * without the sector come first with zero height and add no area.
   */
  public static Column locationalGini(Column lorenzArea) {
    return Formulas.nonNegative(lit(0.5).minus(sum(lorenzArea)));
  }

  /**
   * Plant Herfindahl H = Σ_k e_k² / E_s² over the sector's establishments (Ellison and Glaeser
   * 1997), from each cell's sum of squared establishment sizes. Sizes are known only from
   * microdata: one aggregated (SBS) cell, whose squared sizes are NULL, makes it NULL.
   */
  public static Column plantHerfindahl(Column squaredSizes, Column eS) {
    return when(count(squaredSizes).equalTo(count(lit(1))),
        Formulas.ratio(sum(squaredSizes), first(eS).multiply(first(eS))));
  }

  /**
   * Raw geographic concentration G = Σ_r (s_r − x_r)² over every region (Ellison and Glaeser
   * 1997): Σ_present (s − x)² + Σ_absent x² = Σ_present (s − x)² + Σ_all x² − Σ_present x².
   *
   * @param sumX2All Σ_all x_r² of the level, the same on every row of the sector
   */
  public static Column rawConcentration(Column s, Column x, Column sumX2All) {
    return sum(s.minus(x).multiply(s.minus(x))).plus(first(sumX2All)).minus(sum(x.multiply(x)));
  }

  /**
   * Ellison–Glaeser index (Ellison and Glaeser 1997; REAT {@code ellison.a}):
   * [G − (1 − Σx²) H] / [(1 − Σx²)(1 − H)], with G {@link #rawConcentration} and H the plant
   * Herfindahl.
   */
  public static Column ellisonGlaeser(Column g, Column sumX2, Column plantHerfindahl) {
    Column oneMinusX2 = lit(1.0).minus(sumX2);
    return Formulas.ratio(g.minus(oneMinusX2.multiply(plantHerfindahl)),
        oneMinusX2.multiply(lit(1.0).minus(plantHerfindahl)));
  }

  /**
   * Maurel–Sédillot index (Maurel and Sédillot 1999): (G_MS − H)/(1 − H), with
   * G_MS = (Σ s_r² − Σ x_r²)/(1 − Σ x_r²).
   */
  public static Column maurelSedillot(Column sumS2, Column sumX2, Column plantHerfindahl) {
    Column gMs = Formulas.ratio(sumS2.minus(sumX2), lit(1.0).minus(sumX2));
    return Formulas.ratio(gMs.minus(plantHerfindahl), lit(1.0).minus(plantHerfindahl));
  }
}
