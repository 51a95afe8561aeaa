package org.clusterscope.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.clusterscope.errors.Errors;

/**
 * The primary confidentiality rules of {@code indicators.confidentiality}: every value checked,
 * a bad one a configuration error naming its key (down to the element of the dominance list).
 * Values given with {@code --conf} arrive as strings and are read as numbers like the file's.
 */
final class ConfidentialityReader {
  private static final String SECTION = "indicators.confidentiality.";
  private static final Set<String> PAIR_KEYS = Set.of("n", "k");

  private final Config c;

  /** @param c the merged {@code clusterscope} section */
  ConfidentialityReader(Config c) {
    this.c = c;
  }

  IndicatorSettings.Confidentiality read() {
    String minKey = SECTION + "min-contributors";
    int minContributors = wholeNumber(c, minKey, "clusterscope." + minKey, origin(c.getValue(minKey)));
    return new IndicatorSettings.Confidentiality(minContributors, dominance(), pPercent());
  }

  private List<IndicatorSettings.Dominance> dominance() {
    String key = SECTION + "dominance";
    ConfigList list;
    try {
      list = c.getList(key);
    } catch (ConfigException.WrongType e) {
      throw Errors.invalidConfigValue("clusterscope." + key, origin(c.getValue(key)),
          "a list of { n = ..., k = ... } pairs, e.g. [{ n = 1, k = 85 }, { n = 2, k = 90 }]");
    }
    List<IndicatorSettings.Dominance> pairs = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String element = "clusterscope." + key + "[" + i + "]";
      ConfigValue value = list.get(i);
      if (value.valueType() != ConfigValueType.OBJECT) {
        throw Errors.invalidConfigValue(element, origin(value), "a pair { n = ..., k = ... } (got " + value.render() + ")");
      }
      ConfigObject pair = (ConfigObject) value;
      for (String name : pair.keySet()) {
        if (!PAIR_KEYS.contains(name)) {
          throw Errors.invalidConfigValue(element + "." + name, origin(pair.get(name)),
              "only n (enterprises) and k (percent of the cell's employment) in a dominance pair");
        }
      }
      for (String name : PAIR_KEYS) {
        if (!pair.containsKey(name)) {
          throw Errors.invalidConfigValue(element + "." + name, origin(value),
              "both n and k in a dominance pair (" + name + " is missing)");
        }
      }
      Config values = pair.toConfig();
      int n = wholeNumber(values, "n", element + ".n", origin(pair.get("n")));
      double k = number(values, "k", element + ".k", origin(pair.get("k")));
      if (!(k > 0 && k <= 100)) {
        throw Errors.invalidConfigValue(element + ".k", origin(pair.get("k")),
            "a percentage above 0 and at most 100 (got " + k + ")");
      }
      pairs.add(new IndicatorSettings.Dominance(n, k));
    }
    return pairs;
  }

  private OptionalDouble pPercent() {
    String key = SECTION + "p-percent";
    if (c.getIsNull(key)) {
      return OptionalDouble.empty();
    }
    String origin = origin(c.getValue(key));
    double p = number(c, key, "clusterscope." + key, origin);
    if (!(p > 0 && p <= 100)) {
      throw Errors.invalidConfigValue("clusterscope." + key, origin,
          "a percentage above 0 and at most 100, or null to turn the p% rule off (got " + p + ")");
    }
    return OptionalDouble.of(p);
  }

  /** A whole number of at least 1 at {@code path} of {@code config}, reported as {@code key}. */
  private static int wholeNumber(Config config, String path, String key, String origin) {
    double value = number(config, path, key, origin);
    if (!(value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value))) {
      throw Errors.invalidConfigValue(key, origin, "a whole number of at least 1 (got " + value + ")");
    }
    return (int) value;
  }

  private static double number(Config config, String path, String key, String origin) {
    try {
      return config.getDouble(path);
    } catch (ConfigException.WrongType | ConfigException.BadValue e) {
      throw Errors.invalidConfigValue(key, origin, "a number (got " + config.getValue(path).render() + ")");
    }
  }

  private static String origin(ConfigValue value) {
    return Origins.describe(value.origin());
  }
}
