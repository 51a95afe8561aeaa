package org.clusterscope.generate.formats;

/**
 * The headers of OECD REGPAT's pipe-delimited files (docs/inputs.md): inventors with their
 * addresses and regions, applicants (in upper case, as older releases write it) and the IPC codes
 * of each application.
 */
public final class RegpatFiles {

  public static final String INVENTORS_HEADER =
      "appln_id|person_id|pub_nbr|inv_name|address|city|postal_code|reg_code|ctry_code|reg_share|inv_share";
  public static final String APPLICANTS_HEADER =
      "APPLN_ID|PERSON_ID|PUB_NBR|APP_NAME|ADDRESS|CITY|POSTAL_CODE|REG_CODE|CTRY_CODE|REG_SHARE|APP_SHARE";
  public static final String IPC_HEADER = "appln_id|prio_year|app_year|IPC";

  private RegpatFiles() {
  }
}
