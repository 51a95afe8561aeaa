package org.clusterscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a header puts each field, and which headers cannot be read without guessing. */
class RecordHeaderTest {
  private static final List<String> SIRENE = List.of("siren", "nic", "siret", "trancheEffectifsEtablissement",
      "anneeEffectifsEtablissement", "codeCommuneEtablissement", "libelleCommuneEtablissement",
      "etatAdministratifEtablissement", "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement");

  @Test
  void aColumnReadTwiceIsAProblemNamingTheColumnAndBothPositions() {
    RecordHeader header = RecordHeader.parse(RecordLayout.sirene(), with(SIRENE, "trancheEffectifsEtablissement"));
    assertEquals(QuarantineReason.DUPLICATE_COLUMN, header.problemReason());
    assertTrue(header.problem().orElseThrow().contains("trancheEffectifsEtablissement (columns 4 and 11)"),
        header.problem().orElseThrow());
  }

  @Test
  void namesDifferingOnlyInCaseAreTheSameColumn() {
    RecordHeader header = RecordHeader.parse(RecordLayout.sirene(), with(SIRENE, " SIRET"));
    assertEquals(QuarantineReason.DUPLICATE_COLUMN, header.problemReason());
    assertTrue(header.problem().orElseThrow().contains("siret (columns 3 and 11)"), header.problem().orElseThrow());
  }

  @Test
  void aRepeatedColumnThatIsNotReadIsHarmless() {
    RecordHeader header = RecordHeader.parse(RecordLayout.sirene(), with(SIRENE, "libelleCommuneEtablissement"));
    assertEquals(Optional.empty(), header.problem());
    assertEquals(3, header.position(RecordLayout.sirene().fieldIndex("size_band")));
  }

  @Test
  void aMissingColumnKeepsItsOwnReason() {
    RecordHeader header = RecordHeader.parse(RecordLayout.sirene(), SIRENE.subList(0, 3));
    assertEquals(QuarantineReason.MISSING_COLUMN, header.problemReason());
  }

  private static List<String> with(List<String> names, String extra) {
    List<String> all = new ArrayList<>(names);
    all.add(extra);
    return all;
  }
}
