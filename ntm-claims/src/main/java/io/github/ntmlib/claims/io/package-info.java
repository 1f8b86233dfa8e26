/**
 * The claims found in a report as a JSON document in a versioned schema ({@code ntm.check-report/1},
 * docs/formats.md, docs/schemas/): {@link io.github.ntmlib.claims.io.CheckReportJson}.
 */
@NullMarked
package io.github.ntmlib.claims.io;

import org.jspecify.annotations.NullMarked;
