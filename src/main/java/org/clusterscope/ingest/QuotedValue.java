package org.clusterscope.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * A bad value as a quarantine detail quotes it: between single quotes, with every character that
 * does not show written as a {@code \\uXXXX} escape (one per UTF-16 unit, as Java writes them).
 * Without it a region code ending in a zero-width space prints as {@code 'DK011'} and the reader
 * cannot see why the code was rejected; with it, as {@code 'DK011\\u200B'}. Invisible means
 * control characters (Unicode Cc), format characters (Cf: the zero-width space, joiners, the
 * byte-order mark, bidi marks, tag characters), line and paragraph separators, and every space
 * other than U+0020 (the non-breaking spaces among them).
 *
 * <p>The same rule in two forms: for details built in Java (readers) and as a Spark expression
 * for details built by conform rules, so that no UDF is needed. The expression is evaluated only
 * for rejected records (rule details sit in the branch of a {@code CASE} that the failing rule
 * selects) and only splits a value into characters when it holds an invisible one.
 */
public final class QuotedValue {
  /** One character that does not show, as a Java regular expression (Spark's rlike is one too). */
  static final String INVISIBLE = "[[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Zs}]&&[^ ]]";
  private static final Pattern INVISIBLE_PATTERN = Pattern.compile(INVISIBLE);

  private QuotedValue() {}

  /** {@code 'value'} with invisible characters escaped; {@code ''} for NULL. */
  public static String of(String value) {
    return "'" + (value == null ? "" : visible(value)) + "'";
  }

  /** The Spark expression of {@link #of(String)}: never NULL, so a detail built with it is not. */
  public static Column of(Column value) {
    return concat(lit("'"), coalesce(visible(value), lit("")), lit("'"));
  }

  /** {@code value} with every invisible character written as {@code \\uXXXX}. */
  public static String visible(String value) {
    if (!INVISIBLE_PATTERN.matcher(value).find()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    value.codePoints().forEach(cp -> {
      String character = new String(Character.toChars(cp));
      if (INVISIBLE_PATTERN.matcher(character).matches()) {
        for (char unit : character.toCharArray()) {
          out.append(String.format("\\u%04X", (int) unit));
        }
      } else {
        out.append(character);
      }
    });
    return out.toString();
  }

  /**
   * The Spark expression of {@link #visible(String)}: the value split into code points, each
   * invisible one replaced by the hex digits of its UTF-16 encoding, four per {@code \\u}.
   */
  static Column visible(Column value) {
    Column escaped = array_join(transform(split(value, ""), c -> when(c.rlike("^" + INVISIBLE + "$"),
        regexp_replace(hex(encode(c, "UTF-16BE")), "(.{4})", "\\\\u$1")).otherwise(c)), "");
    return when(value.rlike(INVISIBLE), escaped).otherwise(value);
  }
}
