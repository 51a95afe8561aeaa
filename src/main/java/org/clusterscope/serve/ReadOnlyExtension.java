package org.clusterscope.serve;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Installs {@link ReadOnlyCheck} as an analyser check rule, and on each parsed statement
 * ({@link ReadOnlyParser}), in every session of the serve process
 * (each JDBC connection gets its own session, built with the same extensions), and in the session
 * of {@code sql} without {@code --allow-writes}. Named in
 * {@code spark.sql.extensions} by {@link ServeConf}; Spark builds it by its class name.
 */
public final class ReadOnlyExtension extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  /** Spark setting with the served databases, comma-separated; the catalog filter reads it too. */
  static final String DATABASES = "spark.hadoop." + VisibleDatabases.DATABASES;
  /** Spark setting with the databases read only through served views (the released layer's store). */
  static final String BEHIND_VIEWS = "spark.clusterscope.serve.behind-views";
  /** Spark setting naming the command whose rule applies: serve (the default) or sql. */
  static final String COMMAND = "spark.clusterscope.readOnly.command";

  /**
   * The settings that make a {@code sql} session read-only ({@link ReadOnlyCheck#forSql()}).
   *
   * @param extensions the session's spark.sql.extensions, which the rule is added to
   */
  public static Map<String, String> sqlConf(String extensions) {
    return Map.of("spark.sql.extensions", extensions + "," + ReadOnlyExtension.class.getName(), COMMAND, "sql");
  }

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    // Listed after Delta's extension, so this parser wraps Delta's and sees its commands too.
    extensions.injectParser((session, parser) -> new ReadOnlyParser(parser, check(session)));
    extensions.injectCheckRule(session -> {
      ReadOnlyCheck check = check(session);
      return new AbstractFunction1<LogicalPlan, BoxedUnit>() {
        @Override
        public BoxedUnit apply(LogicalPlan plan) {
          check.check(plan);
          return BoxedUnit.UNIT;
        }
      };
    });
    return BoxedUnit.UNIT;
  }

  private static ReadOnlyCheck check(org.apache.spark.sql.SparkSession session) {
    return "sql".equals(session.sparkContext().getConf().get(COMMAND, "serve"))
        ? ReadOnlyCheck.forSql() : new ReadOnlyCheck(setting(session, DATABASES), setting(session, BEHIND_VIEWS));
  }

  private static Set<String> setting(org.apache.spark.sql.SparkSession session, String key) {
    return Arrays.stream(session.sparkContext().getConf().get(key, "").split(","))
        .filter(d -> !d.isBlank()).collect(Collectors.toSet());
  }
}
