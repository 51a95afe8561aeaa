package org.clusterscope.config;

/**
 * Where the tables live and how they are named.
 *
 * @param warehouse folder of the Delta tables (and of the embedded metastore, which must be local)
 * @param databasePrefix prefix of the databases ({@code cs} gives {@code cs_gold}, ...)
 * @param metastore external metastore, or {@link MetastoreSettings#embedded()}
 */
public record CatalogSettings(Location warehouse, String databasePrefix, MetastoreSettings metastore) {

  public String database(Layer layer) {
    return databasePrefix + "_" + layer.suffix();
  }

  /** The databases of docs/design.md section 1, and the released layer of section 7. */
  public enum Layer {
    BRONZE("bronze"),
    SILVER("silver"),
    GOLD("gold"),
    OPS("ops"),
    /** What leaves the house: gold with disclosure control applied (docs/disclosure.md). */
    PUB("pub"),
    /**
     * The Delta tables behind the released layer: cs_pub's tables are views of the versions of
     * the current release (docs/operations.md, "Releases and maintenance"); the latest versions
     * here may be a publish not yet released, so this layer is never served.
     */
    PUB_STORE("pub_store");

    private final String suffix;

    Layer(String suffix) {
      this.suffix = suffix;
    }

    public String suffix() {
      return suffix;
    }

    /** Whether serve may show the layer (serve.layers). */
    public boolean servable() {
      return this != PUB_STORE;
    }
  }

  /** JDBC settings of an external Hive metastore; an empty URL means embedded Derby. */
  public record MetastoreSettings(String url, String driver, String user, String password) {
    public static MetastoreSettings embedded() {
      return new MetastoreSettings("", "", "", "");
    }

    public boolean isEmbedded() {
      return url.isEmpty();
    }

    /**
     * The URL as messages may show it: a password in it ({@code user:secret@host},
     * {@code password=secret}) is masked, since messages end up in logs and tickets.
     */
    public String displayUrl() {
      return url.replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
  }
}
