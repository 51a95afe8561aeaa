package org.clusterscope.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.config.ServeSettings.Authentication;
import org.clusterscope.errors.Errors;

/**
 * The {@code serve} section: every value checked, and the rule that only a loopback address may
 * go without authentication, a configuration error naming the key otherwise. Values given with
 * {@code --conf} arrive as strings ({@code serve.port=10001}, {@code serve.layers=pub,gold}).
 */
final class ServeReader {
  private static final String SECTION = "serve.";
  private static final String AUTH = SECTION + "authentication.";

  private final Config c;

  /** @param c the merged {@code clusterscope} section */
  ServeReader(Config c) {
    this.c = c;
  }

  ServeSettings read() {
    String host = c.getString(SECTION + "bind-host").trim();
    int port = c.getInt(SECTION + "port");
    if (port < 1 || port > 65535) {
      throw invalid("port", "a TCP port from 1 to 65535 (got " + port + ")");
    }
    String transport = c.getString(SECTION + "transport").trim().toLowerCase(Locale.ROOT);
    if (!transport.equals("binary") && !transport.equals("http")) {
      throw invalid("transport", "binary or http (got '" + transport + "')");
    }
    String httpPath = c.getString(SECTION + "http-path").trim().replaceAll("^/+", "");
    if (!httpPath.matches("[A-Za-z0-9._~/-]+")) {
      throw invalid("http-path", "a URL path such as cliservice (got '" + httpPath + "')");
    }
    return new ServeSettings(host, port, ServeSettings.Transport.valueOf(transport.toUpperCase(Locale.ROOT)),
        httpPath, layers(), authentication(host), release());
  }

  private Optional<String> release() {
    String name = c.getString(SECTION + "release").trim();
    if (!name.isEmpty() && !ReleaseNaming.isValid(name)) {
      throw invalid("release", "empty (the current release) or a release name of cs_ops.releases (got '" + name + "')");
    }
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  private List<Layer> layers() {
    String key = SECTION + "layers";
    List<String> names = c.getValue(key).valueType() == ConfigValueType.LIST
        ? c.getStringList(key)
        : Arrays.stream(c.getString(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    List<Layer> layers = new ArrayList<>();
    for (String name : names) {
      Layer layer = Arrays.stream(Layer.values()).filter(Layer::servable).filter(l -> l.suffix().equals(name)).findFirst()
          .orElseThrow(() -> invalid("layers", "layer names among pub, gold, ops, silver, bronze (got '" + name + "')"));
      if (!layers.contains(layer)) {
        layers.add(layer);
      }
    }
    if (layers.isEmpty()) {
      throw invalid("layers", "at least one layer, e.g. [pub]");
    }
    return layers;
  }

  private Authentication authentication(String host) {
    String mode = c.getString(AUTH + "mode").trim().toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "none" -> {
        if (!isLoopback(host)) {
          throw invalid("authentication.mode", "password or ldap while serve.bind-host is '" + host + "', an address"
              + " other hosts can reach (none is accepted only on 127.0.0.1, ::1 or localhost). Set"
              + " clusterscope.serve.authentication.mode = password with a user and a password-hash from"
              + " `jobs/clusterscope password-hash`, or ldap with ldap-url, or bind to 127.0.0.1");
        }
        yield new ServeSettings.NoAuthentication();
      }
      case "password" -> {
        String user = required("user", "the user name clients give");
        String text = required("password-hash", "the output of `jobs/clusterscope password-hash`");
        PasswordHash hash = PasswordHash.parse(text).orElseThrow(() -> invalid("authentication.password-hash",
            "a hash made by `jobs/clusterscope password-hash`, of the form " + PasswordHash.form()
                + " (the value given is not one; the password itself is never configured)"));
        yield new ServeSettings.PasswordAuthentication(user, hash);
      }
      case "ldap" -> {
        String url = required("ldap-url", "the directory's URL, e.g. ldaps://ldap.example.org");
        if (!url.startsWith("ldap://") && !url.startsWith("ldaps://")) {
          throw invalid("authentication.ldap-url", "an ldap:// or ldaps:// URL (got '" + url + "')");
        }
        String baseDn = c.getString(AUTH + "ldap-base-dn").trim();
        String domain = c.getString(AUTH + "ldap-domain").trim();
        if (baseDn.isEmpty() && domain.isEmpty()) {
          throw invalid("authentication.ldap-base-dn", "where users are found, e.g. ou=people,dc=example,dc=org"
              + " (or set ldap-domain for Active Directory)");
        }
        yield new ServeSettings.LdapAuthentication(url, baseDn, domain);
      }
      default -> throw invalid("authentication.mode", "none, password or ldap (got '" + mode + "')");
    };
  }

  private String required(String key, String expected) {
    String value = c.getString(AUTH + key).trim();
    if (value.isEmpty()) {
      throw invalid("authentication." + key, expected + ", since authentication.mode is "
          + c.getString(AUTH + "mode").trim());
    }
    return value;
  }

  /** Whether only this machine can reach {@code host}; a name that does not resolve is not. */
  static boolean isLoopback(String host) {
    try {
      InetAddress[] addresses = InetAddress.getAllByName(host);
      return Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private RuntimeException invalid(String key, String expected) {
    String full = SECTION + key;
    return Errors.invalidConfigValue("clusterscope." + full, Origins.describe(c.getValue(full).origin()), expected);
  }
}
