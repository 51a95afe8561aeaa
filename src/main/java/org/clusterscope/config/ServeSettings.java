package org.clusterscope.config;

import java.util.List;
import java.util.Optional;
import org.clusterscope.config.CatalogSettings.Layer;

/**
 * The JDBC endpoint of {@code serve} (docs/serving.md): where it listens, what it shows and who
 * may connect. Checked by the settings loader: an address other than loopback never goes without
 * authentication.
 *
 * @param bindHost address the Thrift server listens on
 * @param port its port
 * @param httpPath path of the endpoint when the transport is HTTP
 * @param layers the databases it shows, as layers of the catalog (the prefix rule applies)
 * @param release the release whose versions cs_pub's tables read, or empty for the current release
 */
public record ServeSettings(
    String bindHost, int port, Transport transport, String httpPath, List<Layer> layers, Authentication authentication,
    Optional<String> release) {

  public ServeSettings {
    layers = List.copyOf(layers);
  }

  /** The wire protocol: Hive's Thrift over TCP, or over HTTP for proxies. */
  public enum Transport {
    BINARY,
    HTTP
  }

  /** Who may connect: anyone (loopback only), one user with a password hash, or an LDAP directory. */
  public sealed interface Authentication {}

  /** No check: every client connects under the name it gives. */
  public record NoAuthentication() implements Authentication {}

  /** One user, checked against a {@link PasswordHash}; the password itself is never configured. */
  public record PasswordAuthentication(String user, PasswordHash hash) implements Authentication {}

  /**
   * A user name and password checked by binding to an LDAP server.
   *
   * @param baseDn where users are found ({@code uid=<user>,<baseDn>}), or empty
   * @param domain Active Directory domain ({@code <user>@<domain>}), or empty
   */
  public record LdapAuthentication(String url, String baseDn, String domain) implements Authentication {}
}
