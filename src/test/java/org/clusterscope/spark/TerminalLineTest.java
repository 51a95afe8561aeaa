package org.clusterscope.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalLineTest {
  @Test
  void aStageIsRewrittenInPlaceAndLeftStandingWhenTheNextStarts() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    TerminalLine line = new TerminalLine(new PrintStream(shown, true, StandardCharsets.UTF_8));
    line.show("ingest", "ingest: register | tasks 1/6");
    line.show("ingest", "ingest: cordis | tasks 0/2");
    line.show("conform", "conform: register | tasks 3/4");
    line.end();
    line.end();
    // The shorter second text is padded over the first's last two characters.
    assertEquals("\ringest: register | tasks 1/6"
        + "\ringest: cordis | tasks 0/2  "
        + "\n\rconform: register | tasks 3/4"
        + "\n", shown.toString(StandardCharsets.UTF_8));
  }

  @Test
  void nothingShownNeedsNoLineBreak() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    new TerminalLine(new PrintStream(shown, true, StandardCharsets.UTF_8)).end();
    assertEquals("", shown.toString(StandardCharsets.UTF_8));
  }
}
