package org.clusterscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterscope.config.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's refusals before anything starts, and the password-hash command, from the command line. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void anOpenAddressWithoutAuthenticationIsAConfigErrorNamingTheKey() throws IOException {
    Path conf = Files.writeString(dir.resolve("c.conf"), "clusterscope.catalog.warehouse = \"" + dir.resolve("w") + "\"\n");
    CliRun.assertUsageError("'clusterscope.serve.authentication.mode' (",
        "serve", "--config", conf.toString(), "--conf", "serve.bind-host=0.0.0.0");
    CliRun.assertUsageError("expected password or ldap while serve.bind-host is '0.0.0.0'",
        "serve", "--config", conf.toString(), "--conf", "serve.bind-host=0.0.0.0");
    CliRun.assertUsageError("'clusterscope.serve.port'", "serve", "--config", conf.toString(), "--conf", "serve.port=0");
    assertFalse(Files.exists(dir.resolve("w/metastore_db")), "refused before the catalog was opened");
  }

  @Test
  void passwordHashPrintsAHashOfTheFirstLineOfItsInput() {
    ChildProcess.Result result = ChildProcess.runWithInput(dir, "s3cret phrase\nignored\n", "password-hash");
    assertEquals(0, result.code(), result.err());
    PasswordHash hash = PasswordHash.parse(result.out().trim()).orElseThrow();
    assertTrue(hash.matches("s3cret phrase"));
    assertFalse(result.out().contains("s3cret") || result.err().contains("s3cret"), "the password is not echoed");

    ChildProcess.Result empty = ChildProcess.runWithInput(dir, "", "password-hash");
    assertEquals(2, empty.code(), empty.err());
    assertTrue(empty.err().contains("No password was given"), empty.err());
  }
}
