package org.clusterscope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.clusterscope.errors.Errors;

/**
 * Apache ECharts, read from its WebJar on the classpath (Maven artifact {@code org.webjars:echarts})
 * and inlined into every page, so that a page opens from disk, or from an e-mail, with no
 * network. The version is the WebJar's own, so the pom alone decides it.
 *
 * @param version the ECharts version
 * @param script the minified library
 */
record ChartLibrary(String version, String script) {
  private static final String PROPERTIES = "/META-INF/maven/org.webjars/echarts/pom.properties";

  static ChartLibrary load() {
    String version = installedVersion();
    String resource = "/META-INF/resources/webjars/echarts/" + version + "/echarts.min.js";
    return new ChartLibrary(version, read(resource));
  }

  private static String installedVersion() {
    try (InputStream in = ChartLibrary.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw Errors.chartLibraryMissing(PROPERTIES);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = ChartLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw Errors.chartLibraryMissing(resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
