package org.clusterscope.release;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.RelationTimeTravel;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.clusterscope.spark.DelegatingParser;
import scala.Option;
import scala.runtime.AbstractPartialFunction;

/**
 * Spark's SQL parser with one change, in sessions that pin a release ({@link ReleasePins}): a
 * stored table read at a version ({@code cs_pub_store.region_sector VERSION AS OF 12}, what the
 * released tables' views say) is read at the pinned version instead. The views' text is parsed
 * by the session's parser whenever a query reads one, so {@code cs_pub.region_sector} then gives
 * the pinned release, with the views' names and comments, in every query and every tool. A
 * query of its own that reads a stored table at a version is pinned too: in such a session the
 * stored tables are the release's. A session without pins parses exactly as Spark does.
 */
final class ReleaseParser extends DelegatingParser {
  private final SparkSession session;

  ReleaseParser(SparkSession session, ParserInterface delegate) {
    super(delegate);
    this.session = session;
  }

  @Override
  public LogicalPlan parsePlan(String sqlText) throws ParseException {
    return pinned(super.parsePlan(sqlText));
  }

  @Override
  public LogicalPlan parseQuery(String sqlText) throws ParseException {
    return pinned(super.parseQuery(sqlText));
  }

  private LogicalPlan pinned(LogicalPlan plan) {
    Optional<ReleasePins> pins = ReleasePins.parse(session.conf().get(ReleasePins.SETTING, ""));
    if (pins.isEmpty()) {
      return plan;
    }
    return plan.transform(new AbstractPartialFunction<LogicalPlan, LogicalPlan>() {
      @Override
      public boolean isDefinedAt(LogicalPlan node) {
        return pinnedVersion(node, pins.get()).isPresent();
      }

      @Override
      public LogicalPlan apply(LogicalPlan node) {
        RelationTimeTravel travel = (RelationTimeTravel) node;
        return travel.copy(travel.relation(), Option.empty(), Option.apply(pinnedVersion(node, pins.get()).get()));
      }
    });
  }

  /** The pinned version of a stored table read at a version, as text. */
  private static Optional<String> pinnedVersion(LogicalPlan node, ReleasePins pins) {
    if (node instanceof RelationTimeTravel travel && travel.version().isDefined()
        && travel.relation() instanceof UnresolvedRelation relation) {
      String[] parts = scala.collection.JavaConverters.seqAsJavaList(relation.multipartIdentifier())
          .toArray(String[]::new);
      return pins.versionOf(parts).map(String::valueOf);
    }
    return Optional.empty();
  }
}
