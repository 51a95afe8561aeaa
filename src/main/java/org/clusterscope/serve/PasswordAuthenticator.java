package org.clusterscope.serve;

import javax.security.sasl.AuthenticationException;
import org.apache.hive.service.auth.PasswdAuthenticationProvider;
import org.clusterscope.config.PasswordHash;

/**
 * Checks a JDBC client's user and password against the configured user and password hash
 * ({@code serve.authentication.mode = password}). The Thrift server builds it by class name with
 * nothing but a fresh Hive configuration, so the serve process hands it the user and the hash in
 * two system properties ({@link ServeConf#systemProperties}); the password itself is never stored.
 */
public final class PasswordAuthenticator implements PasswdAuthenticationProvider {
  static final String USER = "clusterscope.serve.user";
  static final String HASH = "clusterscope.serve.password-hash";

  private final String user;
  private final PasswordHash hash;

  public PasswordAuthenticator() {
    this(System.getProperty(USER, ""), PasswordHash.parse(System.getProperty(HASH, ""))
        .orElseThrow(() -> new IllegalStateException("serve started password authentication without a password hash")));
  }

  PasswordAuthenticator(String user, PasswordHash hash) {
    this.user = user;
    this.hash = hash;
  }

  @Override
  public void Authenticate(String user, String password) throws AuthenticationException {
    // The hash is checked even for a wrong user, so the time taken does not tell whether the user exists.
    boolean passwordMatches = password != null && hash.matches(password);
    if (!this.user.equals(user) || !passwordMatches) {
      throw new AuthenticationException("Wrong user or password for clusterscope serve");
    }
  }
}
