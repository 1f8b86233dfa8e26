/**
 * The claims of a Vietnamese report text and their verdicts ({@link
 * io.github.ntmlib.claims.ReportClaims#scan(String)}): ratios "a/b … (đạt c%)", shares of a whole
 * stated elsewhere ("trong tổng số 178 xã … đạt gần 90%"), counts against a plan ("đạt 75% KH"),
 * totals with their parts ("Trong đó, …"), each with its kind, its hedge and its text span.
 */
@NullMarked
package io.github.ntmlib.claims;

import org.jspecify.annotations.NullMarked;
