package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --wait}: seconds, minutes or hours; anything else a usage error before anything runs. */
class WaitDurationTest {
  @Test
  void secondsMinutesAndHours() {
    assertEquals(Duration.ofSeconds(90), WaitDuration.parse("90s"));
    assertEquals(Duration.ofMinutes(30), WaitDuration.parse("30m"));
    assertEquals(Duration.ofMinutes(5), WaitDuration.parse("5 min"));
    assertEquals(Duration.ofHours(2), WaitDuration.parse("2H"));
  }

  @Test
  void anythingElseIsRefusedWithAnExample() {
    for (String bad : new String[] {"30", "m", "-5m", "1.5h", "1d", "PT30M", ""}) {
      CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
          () -> WaitDuration.parse(bad), bad);
      assertTrue(e.getMessage().contains("expected a duration such as 90s, 30m or 2h"), e.getMessage());
    }
  }

  @Test
  void aBadWaitIsAUsageErrorOfTheCommand() {
    CliRun.assertUsageError("Invalid --wait 'soon': expected a duration such as 90s, 30m or 2h",
        "run", "--config", "conf/local.conf", "--wait", "soon");
    CliRun.assertUsageError("Invalid --wait 'later'", "sql", "--allow-writes", "--config", "conf/local.conf",
        "--wait", "later", "-e", "SELECT 1");
  }
}
