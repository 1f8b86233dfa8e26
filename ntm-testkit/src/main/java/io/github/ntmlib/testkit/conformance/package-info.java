/**
 * The conformance kit for criteria-set plugins: one call ({@link
 * io.github.ntmlib.testkit.conformance.Conformance}) or one abstract JUnit 5 class to extend ({@link
 * io.github.ntmlib.testkit.conformance.CriteriaSetConformanceTest}).
 */
@NullMarked
package io.github.ntmlib.testkit.conformance;

import org.jspecify.annotations.NullMarked;
