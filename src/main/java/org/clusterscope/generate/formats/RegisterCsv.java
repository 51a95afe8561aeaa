package org.clusterscope.generate.formats;

/**
 * The canonical {@code register-csv} layout (docs/design.md 3.1): comma-separated, one
 * establishment per line, the size as a head count or as a band of {@link SizeBands}.
 */
public final class RegisterCsv {

  public static final String HEADER =
      "establishment_id,enterprise_id,region_code,nace,employees,size_band,reference_year,status";

  private RegisterCsv() {
  }
}
