/**
 * Helpers of ntm-finance over base's readers (rule tables, positions of computed errors): not an API.
 */
@NullMarked
package io.github.ntmlib.finance.internal;

import org.jspecify.annotations.NullMarked;
