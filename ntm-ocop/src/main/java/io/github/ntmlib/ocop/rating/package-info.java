/**
 * Scoring and star rating (đánh giá, phân hạng): evaluations, council results, exact averages,
 * knock-outs, the star-marker policy, explained ratings, upgrade advice and who rates at which date.
 */
@NullMarked
package io.github.ntmlib.ocop.rating;

import org.jspecify.annotations.NullMarked;
