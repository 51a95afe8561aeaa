package org.clusterscope.reference;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPC pattern of a concordance file, in the source notation: a class ({@code H10*}), a
 * subclass ({@code A61K}) or a main group ({@code A61K 8/*}). On a normalised, well-formed code
 * each of them is a prefix test: {@code H10}, {@code A61K} and {@code A61K 8/}.
 *
 * @param text the pattern as written in the file, also its key in joins
 * @param level how specific the pattern is; the most specific matching pattern wins
 * @param prefix what a matching code starts with
 */
record IpcPattern(String text, Level level, String prefix) implements Serializable {
  /** From least to most specific, so that a higher ordinal wins. */
  enum Level { CLASS, SUBCLASS, GROUP }

  static final String EXPECTED = "a subclass (A61K), a main group (A61K 8/*) or a class (H10*)";

  private static final Pattern CLASS = Pattern.compile("([A-H][0-9]{2})\\*");
  private static final Pattern SUBCLASS = Pattern.compile("[A-H][0-9]{2}[A-Z]");
  private static final Pattern GROUP = Pattern.compile("([A-H][0-9]{2}[A-Z] [1-9][0-9]{0,3}/)\\*");

  /** The pattern written as {@code text}, or empty when it has none of the three shapes. */
  static Optional<IpcPattern> parse(String text) {
    Matcher matcher;
    if ((matcher = CLASS.matcher(text)).matches()) {
      return Optional.of(new IpcPattern(text, Level.CLASS, matcher.group(1)));
    }
    if (SUBCLASS.matcher(text).matches()) {
      return Optional.of(new IpcPattern(text, Level.SUBCLASS, text));
    }
    if ((matcher = GROUP.matcher(text)).matches()) {
      return Optional.of(new IpcPattern(text, Level.GROUP, matcher.group(1)));
    }
    return Optional.empty();
  }

  /** Whether a normalised, well-formed code falls under this pattern. */
  boolean matches(String code) {
    return code.startsWith(prefix);
  }

  /** Whether every code of {@code inner} falls under this pattern, e.g. A61K contains A61K 8/*. */
  boolean contains(IpcPattern inner) {
    return inner.level.ordinal() > level.ordinal() && inner.prefix.startsWith(prefix);
  }
}
