package org.clusterscope.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.clusterscope.errors.Errors;

/**
 * Rejects keys the defaults do not know, so that a typo ({@code nuts-level} for
 * {@code nuts-levels}) fails loudly instead of silently falling back to a default.
 */
final class KeyChecker {
  /** Sections whose children are free-form (Spark settings, scheme names, format options). */
  private static final Set<String> FREE_FORM =
      Set.of("clusterscope.spark.conf", "clusterscope.reference.schemes");

  private static final Set<String> SOURCE_KEYS = Set.of("name", "format", "paths", "options");

  /** Keys no longer read, with what replaces them: named as such rather than as unknown. */
  private static final Map<String, String> REPLACED = Map.of(
      "clusterscope.indicators.confidentiality.dominance-share",
      "use clusterscope.indicators.confidentiality.dominance, a list of (n, k) pairs with k in percent;"
          + " dominance-share = 0.85 is dominance = [{ n = 1, k = 85 }] (the default adds { n = 2, k = 90 }).");

  private final Config defaults;
  private final List<String> knownPaths = new ArrayList<>();

  KeyChecker(Config defaults) {
    this.defaults = defaults;
    collect(defaults.root(), "");
  }

  /** Throws a configuration error naming the first unknown key of {@code user}. */
  void check(Config user) {
    walk(user.root(), "");
  }

  private void collect(ConfigObject object, String prefix) {
    for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
      String path = join(prefix, e.getKey());
      knownPaths.add(path);
      if (e.getValue().valueType() == ConfigValueType.OBJECT && !FREE_FORM.contains(path)) {
        collect((ConfigObject) e.getValue(), path);
      }
    }
  }

  private void walk(ConfigObject object, String prefix) {
    for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
      String path = join(prefix, e.getKey());
      ConfigValue value = e.getValue();
      if (REPLACED.containsKey(path)) {
        throw Errors.replacedConfigKey(path, Origins.describe(value.origin()), REPLACED.get(path));
      }
      if (!defaults.hasPathOrNull(path)) {
        throw Errors.unknownConfigKey(path, Origins.describe(value.origin()), suggest(path));
      }
      if (FREE_FORM.contains(path)) {
        continue;
      }
      if (value.valueType() == ConfigValueType.OBJECT) {
        walk((ConfigObject) value, path);
      } else if (path.equals("clusterscope.sources") && value.valueType() == ConfigValueType.LIST) {
        checkSources((ConfigList) value, path);
      }
    }
  }

  private static void checkSources(ConfigList sources, String path) {
    for (int i = 0; i < sources.size(); i++) {
      ConfigValue element = sources.get(i);
      if (element.valueType() != ConfigValueType.OBJECT) {
        throw Errors.invalidConfigValue(
            path + "[" + i + "]", Origins.describe(element.origin()),
            "a source object { name, format, paths }");
      }
      for (Map.Entry<String, ConfigValue> e : ((ConfigObject) element).entrySet()) {
        if (!SOURCE_KEYS.contains(e.getKey())) {
          Optional<String> close = closest(e.getKey(), SOURCE_KEYS);
          throw Errors.unknownConfigKey(
              path + "[" + i + "]." + e.getKey(), Origins.describe(e.getValue().origin()), close);
        }
      }
    }
  }

  private Optional<String> suggest(String path) {
    return closest(path, knownPaths);
  }

  private static Optional<String> closest(String key, Iterable<String> candidates) {
    LevenshteinDistance distance = new LevenshteinDistance(4);
    List<String> ranked = new ArrayList<>();
    candidates.forEach(ranked::add);
    return ranked.stream()
        .filter(c -> distance.apply(key, c) >= 0)
        .min(Comparator.comparingInt(c -> distance.apply(key, c)));
  }

  private static String join(String prefix, String key) {
    String quoted = ConfigUtil.joinPath(key);
    return prefix.isEmpty() ? quoted : prefix + "." + quoted;
  }
}
