package org.clusterscope.generate.formats;

import java.math.BigDecimal;

/**
 * The CORDIS bulk CSV layout (docs/inputs.md): semicolon-separated, every field quoted with
 * {@link CsvText#joinQuotingAll}, amounts with a decimal comma.
 */
public final class CordisFiles {

  public static final String PROJECT_HEADER = "id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;"
      + "legalBasis;topics;ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;"
      + "contentUpdateDate;rcn;grantDoi";
  public static final String ORGANISATION_HEADER = "projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;"
      + "activityType;street;postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;"
      + "contentUpdateDate;rcn;order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active";

  private CordisFiles() {
  }

  /** An amount as CORDIS writes it: comma decimals, no trailing zeros, no thousands separator ({@code 125000,5}). */
  public static String amount(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
