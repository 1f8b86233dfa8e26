/**
 * The report of an evaluation: the request (evaluation, scope, language, official header, plans, OCOP and finance data), the report computed once as sections of paragraphs, tables and charts, the header file reader and the renderer contract.
 *
 * @since 0.1
 */
@NullMarked
package io.github.ntmlib.report;

import org.jspecify.annotations.NullMarked;
