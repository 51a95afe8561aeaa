package org.clusterscope.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that runs pipeline stages or a child process: minutes, not seconds. The
 * {@code quick} Maven profile ({@code mvn test -Pquick}) leaves these out, so a formula or rule
 * change is checked by the unit tests in a couple of minutes; {@code mvn verify} runs them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("pipeline")
public @interface PipelineTest {}
