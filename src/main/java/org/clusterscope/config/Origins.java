package org.clusterscope.config;

import com.typesafe.config.ConfigOrigin;

/** Where a config value was set, worded for messages: "conf/local.conf, line 12". */
final class Origins {
  private Origins() {}

  static String describe(ConfigOrigin origin) {
    if (origin.filename() != null && origin.lineNumber() >= 0) {
      return origin.filename() + ", line " + origin.lineNumber();
    }
    return origin.description();
  }
}
