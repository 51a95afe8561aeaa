package org.clusterscope.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.clusterscope.config.PasswordHash;
import org.clusterscope.errors.Errors;
import org.clusterscope.errors.ExitCode;
import picocli.CommandLine.Command;

/**
 * {@code password-hash}: reads a password (typed without echo, or the first line of standard
 * input) and prints the value for {@code serve.authentication.password-hash}, so the password
 * itself is never written into a config file, a command line or a shell history.
 */
@Command(name = "password-hash", mixinStandardHelpOptions = true,
    description = {"Print the hash of a password for serve.authentication.password-hash (PBKDF2-HMAC-SHA256,"
        + " random salt). The password is typed without echo, or read from the first line of standard input:",
        "  jobs/clusterscope password-hash < secret.txt"})
final class PasswordHashCommand extends StandaloneCommand {

  @Override
  public Integer call() throws IOException {
    char[] password = read();
    try {
      if (password.length == 0) {
        throw Errors.emptyPassword();
      }
      spec.commandLine().getOut().println(PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS));
      spec.commandLine().getOut().flush();
      return ExitCode.SUCCESS.code();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] read() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("Password: ");
      return typed == null ? new char[0] : typed;
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    return line == null ? new char[0] : line.toCharArray();
  }
}
