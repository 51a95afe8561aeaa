package org.clusterscope.release;

import org.apache.spark.sql.SparkSessionExtensions;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Installs {@link ReleaseParser} in every session (named in {@code spark.sql.extensions} after
 * Delta's, so it wraps Delta's parser). It changes nothing unless the session pins a release.
 */
public final class ReleaseExtension extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectParser((session, delegate) -> new ReleaseParser(session, delegate));
    return BoxedUnit.UNIT;
  }
}
