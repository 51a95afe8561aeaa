package org.clusterscope.generate.samples;

import java.util.ArrayList;
import java.util.List;
import org.clusterscope.generate.Draws;
import org.clusterscope.generate.formats.SizeBands;

/**
 * Turns the panel's observations for one year into register records, writing the values in the
 * mix of valid notations that real registers show: NACE as {@code 29.32}, {@code 2932} or (French
 * units only) the NAF subclass {@code 29.32Z}; size as employees, as a size band, or both (the
 * anchor plants always report their head count, as large units do in surveys); and a few fields
 * quoted although they need not be.
 */
final class RegisterRenderer {

  private static final double FRENCH_SUBCLASS_SHARE = 0.25;
  private static final double COMPACT_NACE_SHARE = 0.10;
  private static final double BAND_ONLY_SHARE = 0.08;
  private static final double BAND_AND_EMPLOYEES_SHARE = 0.005;
  private static final double QUOTED_ID_SHARE = 0.01;
  private static final double QUOTED_BAND_SHARE = 0.20;

  private final Draws draws;

  RegisterRenderer(long seed) {
    this.draws = new Draws(seed);
  }

  List<RegisterRecord> render(int year, List<EstablishmentPanel.Observation> observations) {
    List<RegisterRecord> records = new ArrayList<>(observations.size());
    for (EstablishmentPanel.Observation observation : observations) {
      records.add(render(year, observation));
    }
    return records;
  }

  private RegisterRecord render(int year, EstablishmentPanel.Observation observation) {
    Establishment e = observation.establishment();
    String employees = Integer.toString(observation.employees());
    String band = "";
    double sizeForm = draws.uniform();
    if (sizeForm < BAND_ONLY_SHARE && !e.anchor) {
      band = SizeBands.bandOf(observation.employees());
      employees = "";
    } else if (sizeForm < BAND_ONLY_SHARE + BAND_AND_EMPLOYEES_SHARE) {
      band = SizeBands.bandOf(observation.employees());
    }
    List<Integer> quoted = new ArrayList<>();
    if (draws.chance(QUOTED_ID_SHARE)) {
      quoted.add(RegisterRecord.ESTABLISHMENT_ID);
    }
    if (!band.isEmpty() && draws.chance(QUOTED_BAND_SHARE)) {
      quoted.add(RegisterRecord.SIZE_BAND);
    }
    return new RegisterRecord(e.id, e.enterpriseId, e.regionCode, naceNotation(e), employees, band,
        Integer.toString(year), observation.closed() ? "closed" : "active", List.copyOf(quoted));
  }

  private String naceNotation(Establishment e) {
    double form = draws.uniform();
    if (e.country().equals("FR") && form < FRENCH_SUBCLASS_SHARE) {
      return SampleSectors.nafSubclass(e.nace);
    }
    if (form > 1.0 - COMPACT_NACE_SHARE) {
      return e.nace.replace(".", "");
    }
    return e.nace;
  }
}
