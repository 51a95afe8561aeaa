package org.clusterscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clusterscope.config.CatalogSettings.Layer;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSettingsTest {
  @TempDir Path dir;

  @Test
  void servesTheReleasedLayerOnLoopbackPort10000WithoutAuthenticationByDefault() throws IOException {
    ServeSettings serve = load("", List.of());
    assertEquals("127.0.0.1", serve.bindHost());
    assertEquals(10000, serve.port());
    assertEquals(ServeSettings.Transport.BINARY, serve.transport());
    assertEquals(List.of(Layer.PUB), serve.layers());
    assertEquals(new ServeSettings.NoAuthentication(), serve.authentication());
  }

  @Test
  void confOverridesReachEveryServeKey() throws IOException {
    ServeSettings serve = load("", List.of("serve.port=10001", "serve.transport=http", "serve.layers=pub,gold"));
    assertEquals(10001, serve.port());
    assertEquals(ServeSettings.Transport.HTTP, serve.transport());
    assertEquals(List.of(Layer.PUB, Layer.GOLD), serve.layers());
  }

  @Test
  void anAddressOtherHostsReachNeedsAuthentication() throws IOException {
    ClusterscopeException e = error("serve.bind-host = \"0.0.0.0\"");
    assertTrue(e.getMessage().contains("'clusterscope.serve.authentication.mode'"), e.getMessage());
    assertTrue(e.getMessage().contains("password or ldap while serve.bind-host is '0.0.0.0'"), e.getMessage());
    assertTrue(e.getMessage().contains("jobs/clusterscope password-hash"), e.getMessage());
  }

  @Test
  void aPasswordUserNeedsAHashAndAClearPasswordIsRefusedWithoutBeingShown() throws IOException {
    ClusterscopeException missing = error("serve { bind-host = \"0.0.0.0\", authentication { mode = password, user = bi } }");
    assertTrue(missing.getMessage().contains("'clusterscope.serve.authentication.password-hash'"), missing.getMessage());

    ClusterscopeException clear = error("serve.authentication { mode = password, user = bi, password-hash = \"hunter2secret\" }");
    assertTrue(clear.getMessage().contains("'clusterscope.serve.authentication.password-hash'"), clear.getMessage());
    assertFalse(clear.getMessage().contains("hunter2secret"), clear.getMessage());

    String hash = PasswordHash.of("s3cret".toCharArray(), 10_000).toString();
    ServeSettings serve = load("serve { bind-host = \"0.0.0.0\", authentication { mode = password, user = bi,"
        + " password-hash = \"" + hash + "\" } }", List.of());
    ServeSettings.PasswordAuthentication password = (ServeSettings.PasswordAuthentication) serve.authentication();
    assertEquals("bi", password.user());
    assertTrue(password.hash().matches("s3cret"));
  }

  @Test
  void ldapNeedsAnLdapUrlAndWhereUsersAre() throws IOException {
    ClusterscopeException url = error("serve.authentication { mode = ldap, ldap-url = \"http://dir\", ldap-base-dn = \"dc=x\" }");
    assertTrue(url.getMessage().contains("'clusterscope.serve.authentication.ldap-url'"), url.getMessage());
    ClusterscopeException base = error("serve.authentication { mode = ldap, ldap-url = \"ldaps://dir\" }");
    assertTrue(base.getMessage().contains("'clusterscope.serve.authentication.ldap-base-dn'"), base.getMessage());
    ServeSettings serve = load("serve.authentication { mode = ldap, ldap-url = \"ldaps://dir\", ldap-base-dn = \"dc=x\" }",
        List.of());
    assertEquals(new ServeSettings.LdapAuthentication("ldaps://dir", "dc=x", ""), serve.authentication());
  }

  @Test
  void badValuesNameTheirKey() throws IOException {
    assertTrue(error("serve.port = 70000").getMessage().contains("'clusterscope.serve.port'"));
    assertTrue(error("serve.transport = grpc").getMessage().contains("'clusterscope.serve.transport'"));
    ClusterscopeException layer = error("serve.layers = [pub, cs_gold]");
    assertTrue(layer.getMessage().contains("'clusterscope.serve.layers'") && layer.getMessage().contains("'cs_gold'"),
        layer.getMessage());
  }

  private ServeSettings load(String body, List<String> overrides) throws IOException {
    Path conf = Files.writeString(dir.resolve("c.conf"), "clusterscope {\n" + body + "\n}\n");
    return new SettingsLoader().load(conf, overrides, Optional.empty()).serve();
  }

  private ClusterscopeException error(String body) {
    ClusterscopeException e = assertThrows(ClusterscopeException.class, () -> load(body, List.of()));
    assertEquals(ExitCode.USAGE, e.exitCode());
    return e;
  }
}
