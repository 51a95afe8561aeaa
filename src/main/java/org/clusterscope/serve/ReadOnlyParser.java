package org.clusterscope.serve;

import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.clusterscope.spark.DelegatingParser;

/**
 * The session's SQL parser with {@link ReadOnlyCheck}'s statement rule applied to each parsed
 * statement: a write is refused with serve's message before the analyser runs. Analysing it first
 * would let another extension answer with its own error: Delta refuses an UPDATE of a released
 * view (a view of a table at a version) with DELTA_FAILED_SCAN_WITH_HISTORICAL_VERSION, which
 * says nothing of serve being read-only.
 */
final class ReadOnlyParser extends DelegatingParser {
  private final ReadOnlyCheck check;

  ReadOnlyParser(ParserInterface parser, ReadOnlyCheck check) {
    super(parser);
    this.check = check;
  }

  @Override
  public LogicalPlan parsePlan(String sqlText) throws ParseException {
    LogicalPlan plan = super.parsePlan(sqlText);
    check.checkStatement(plan);
    return plan;
  }
}
