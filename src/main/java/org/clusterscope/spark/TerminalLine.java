package org.clusterscope.spark;

import java.io.PrintStream;

/**
 * The progress line on a terminal: rewritten in place (a carriage return, the text, and blanks over
 * what a longer previous text left), ended with a line break when the pipeline stage changes, so
 * each stage keeps its last line, and when reporting stops.
 */
final class TerminalLine {
  private final PrintStream terminal;
  private String stage = "";
  private int width;

  TerminalLine(PrintStream terminal) {
    this.terminal = terminal;
  }

  synchronized void show(String stageShown, String text) {
    if (!stage.isEmpty() && !stage.equals(stageShown)) {
      terminal.print('\n');
      width = 0;
    }
    terminal.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
    terminal.flush();
    stage = stageShown;
    width = text.length();
  }

  synchronized void end() {
    if (width > 0) {
      terminal.print('\n');
      terminal.flush();
      width = 0;
    }
  }
}
