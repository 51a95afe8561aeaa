package org.clusterscope.serve;

import io.delta.sql.DeltaSparkSessionExtension;
import java.net.URL;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.catalog.HiveTableRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeFunction;
import org.apache.spark.sql.catalyst.plans.logical.DescribeNamespace;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.SetCatalogAndNamespace;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowCreateTable;
import org.apache.spark.sql.catalyst.plans.logical.ShowFunctions;
import org.apache.spark.sql.catalyst.plans.logical.ShowNamespaces;
import org.apache.spark.sql.catalyst.plans.logical.ShowPartitions;
import org.apache.spark.sql.catalyst.plans.logical.ShowTableExtended;
import org.apache.spark.sql.catalyst.plans.logical.ShowTableProperties;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.catalyst.plans.logical.View;
import org.apache.spark.sql.catalyst.trees.Origin;
import org.apache.spark.sql.catalyst.analysis.PersistedView$;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import org.apache.spark.sql.execution.command.DescribeColumnCommand;
import org.apache.spark.sql.execution.command.DescribeDatabaseCommand;
import org.apache.spark.sql.execution.command.DescribeFunctionCommand;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.DescribeTableCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.command.ResetCommand;
import org.apache.spark.sql.execution.command.SetCatalogCommand;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.command.SetNamespaceCommand;
import org.apache.spark.sql.execution.command.ShowCatalogsCommand;
import org.apache.spark.sql.execution.command.ShowColumnsCommand;
import org.apache.spark.sql.execution.command.ShowCreateTableCommand;
import org.apache.spark.sql.execution.command.ShowCurrentNamespaceCommand;
import org.apache.spark.sql.execution.command.ShowFunctionsCommand;
import org.apache.spark.sql.execution.command.ShowPartitionsCommand;
import org.apache.spark.sql.execution.command.ShowTablePropertiesCommand;
import org.apache.spark.sql.execution.command.ShowTablesCommand;
import org.apache.spark.sql.execution.command.ShowViewsCommand;
import org.apache.spark.sql.delta.commands.ShowDeltaTableColumnsCommand;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import org.clusterscope.errors.ClusterscopeException;
import org.clusterscope.errors.Errors;

/**
 * The rule that keeps serve read-only, applied to every analysed plan before it runs. It lets
 * through what it knows to read and refuses the rest, so a write command it has never heard of (a
 * new Delta command, say) is refused too: queries, and the SHOW / DESCRIBE / EXPLAIN / SET / USE
 * commands. A catalog table of a database that is not served is refused as well, behind
 * {@link VisibleDatabases} which hides them.
 *
 * <p>Reads by path ({@code delta.`/warehouse/cs_gold.db/...`}) would reach around the catalog;
 * serve turns them off ({@code spark.sql.runSQLOnFiles=false}) and this rule refuses setting that
 * back, or adding a catalog. A path relation cannot be refused here: Delta reads its own
 * transaction log with such plans, through this same check.
 *
 * <p>The released layer's tables are views of stored tables in a database that is not served
 * ({@code cs_pub_store}): a stored table passes inside a view of a served database, where the
 * view's own text names it, and is refused where a query names it.
 *
 * <p>{@code sql} without {@code --allow-writes} uses the same rule ({@link #forSql()}) on every
 * database, with temporary views allowed: they live in the session and write nothing.
 */
final class ReadOnlyCheck {
  private static final Set<Class<?>> READING_COMMANDS = Set.of(
      ShowTables.class, ShowTableExtended.class, ShowNamespaces.class, ShowViews.class, ShowColumns.class,
      ShowFunctions.class, ShowTableProperties.class, ShowCreateTable.class, ShowPartitions.class,
      DescribeRelation.class, DescribeColumn.class, DescribeNamespace.class, DescribeFunction.class,
      SetCatalogAndNamespace.class,
      ShowTablesCommand.class, ShowViewsCommand.class, ShowColumnsCommand.class, ShowCreateTableCommand.class,
      ShowTablePropertiesCommand.class, ShowPartitionsCommand.class, ShowFunctionsCommand.class,
      ShowCatalogsCommand.class, ShowCurrentNamespaceCommand.class, DescribeTableCommand.class,
      DescribeColumnCommand.class, DescribeDatabaseCommand.class, DescribeFunctionCommand.class,
      DescribeQueryCommand.class, ExplainCommand.class, SetCommand.class, ResetCommand.class,
      SetNamespaceCommand.class, SetCatalogCommand.class, ShowDeltaTableColumnsCommand.class);

  /**
   * Where Delta's classes come from. Delta reads resolve to Spark's relations; its own plan nodes
   * are its commands and statements, some of them in Spark's packages and not marked as commands
   * (RESTORE, CLONE), so a node from Delta's jar is taken for a write.
   */
  private static final Optional<URL> DELTA_JAR = jarOf(DeltaSparkSessionExtension.class);

  /** The readable databases, by lower-case name; empty for every database. */
  private final Optional<Set<String>> databases;
  /** Databases whose tables are read only through the views of served databases. */
  private final Set<String> behindViews;
  private final Function<String, ClusterscopeException> refusal;

  /**
   * @param databases the served databases, by name
   * @param behindViews databases whose tables are read only through the views of served databases
   */
  ReadOnlyCheck(Set<String> databases, Set<String> behindViews) {
    this(Optional.of(lower(databases)), lower(behindViews), Errors::serveReadOnly);
  }

  private ReadOnlyCheck(Optional<Set<String>> databases, Set<String> behindViews,
      Function<String, ClusterscopeException> refusal) {
    this.databases = databases;
    this.behindViews = behindViews;
    this.refusal = refusal;
  }

  /** The rule of {@code sql} without {@code --allow-writes}: every database readable, nothing written. */
  static ReadOnlyCheck forSql() {
    return new ReadOnlyCheck(Optional.empty(), Set.of(), Errors::sqlReadOnly);
  }

  private static Set<String> lower(Set<String> names) {
    return names.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
  }

  /** Throws a configuration-free, user-facing error for a statement serve must not run. */
  void check(LogicalPlan plan) {
    check(plan, false);
  }

  private void check(LogicalPlan plan, boolean inServedView) {
    if (READING_COMMANDS.contains(plan.getClass())) {
      if (plan instanceof SetCommand set && set.kv().isDefined() && set.kv().get()._2().isDefined()
          && databases.isPresent()) {
        checkSetting(set.kv().get()._1());
      }
      return;
    }
    checkStatement(plan);
    if (plan instanceof Command) {
      return; // sql: a temporary view; its query is checked when it is read
    }
    boolean inView = inServedView || parsedFromServedView(plan);
    if (plan.children().isEmpty()) {
      checkLeaf(plan, inView);
    }
    boolean childrenInServedView = inView || (plan instanceof View view && !view.isTempView()
        && served(view.desc().identifier().database().getOrElse(() -> "")));
    scala.collection.Iterator<LogicalPlan> children = plan.children().iterator();
    while (children.hasNext()) {
      check(children.next(), childrenInServedView);
    }
    scala.collection.Iterator<Expression> expressions = plan.expressions().iterator();
    while (expressions.hasNext()) {
      checkSubqueries(expressions.next(), childrenInServedView);
    }
  }

  /**
   * Whether Spark parsed this node from the text of a view of a served database. The analyser
   * checks a view's own query before it wraps it in its {@link View} node, so the stored tables
   * behind a released view reach this rule once without the view around them; Spark marks every
   * node it parses from a view's text with the view's name as origin, which a client's statement
   * cannot do.
   */
  private boolean parsedFromServedView(LogicalPlan plan) {
    Origin origin = plan.origin();
    if (!origin.objectType().isDefined() || !"VIEW".equals(origin.objectType().get()) || !origin.objectName().isDefined()) {
      return false;
    }
    String[] name = origin.objectName().get().split("\\.");
    return name.length >= 2 && served(name[name.length - 2]);
  }

  private boolean served(String database) {
    return databases.isPresent() && databases.get().contains(database.toLowerCase(Locale.ROOT));
  }

  /**
   * Refuses a statement that writes, on its own node: what {@link #check(LogicalPlan)} refuses
   * first, applied by {@link ReadOnlyParser} to the statement as parsed.
   */
  void checkStatement(LogicalPlan plan) {
    if (READING_COMMANDS.contains(plan.getClass())) {
      return;
    }
    if (databases.isEmpty() && plan instanceof CreateViewCommand view && view.viewType() != PersistedView$.MODULE$) {
      return; // sql: a temporary view
    }
    if (plan instanceof Command || plan.getClass().getSimpleName().endsWith("Statement")
        || (DELTA_JAR.isPresent() && DELTA_JAR.equals(jarOf(plan.getClass())))) {
      throw refusal.apply(plan.nodeName());
    }
  }

  private void checkSubqueries(Expression expression, boolean inServedView) {
    if (expression instanceof SubqueryExpression subquery) {
      check(subquery.plan(), inServedView);
    }
    scala.collection.Iterator<Expression> children = expression.children().iterator();
    while (children.hasNext()) {
      checkSubqueries(children.next(), inServedView);
    }
  }

  private static Optional<URL> jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? Optional.empty() : Optional.ofNullable(source.getLocation());
  }

  private static void checkSetting(String key) {
    String lower = key.trim().toLowerCase(Locale.ROOT);
    // spark.clusterscope.*: the release serve pins (serve.release) stays the one configured.
    if (lower.equals("spark.sql.runsqlonfiles") || lower.startsWith("spark.sql.catalog.")
        || lower.startsWith("spark.clusterscope.")) {
      throw Errors.serveReadOnly("SET " + key.trim());
    }
  }

  private void checkLeaf(LogicalPlan leaf, boolean inServedView) {
    String database = null;
    if (leaf instanceof LogicalRelation relation && relation.catalogTable().isDefined()) {
      database = relation.catalogTable().get().identifier().database().getOrElse(() -> null);
    } else if (leaf instanceof HiveTableRelation relation) {
      database = relation.tableMeta().identifier().database().getOrElse(() -> null);
    } else if (leaf instanceof DataSourceV2Relation relation && relation.identifier().isDefined()
        && relation.identifier().get().namespace().length == 1) {
      database = relation.identifier().get().namespace()[0];
    }
    if (database != null && databases.isPresent() && !databases.get().contains(database.toLowerCase(Locale.ROOT))
        && !(inServedView && behindViews.contains(database.toLowerCase(Locale.ROOT)))) {
      throw Errors.serveOutsideDatabases("a table of database " + database, databases.get());
    }
  }
}
