/**
 * Fill-in workbooks for what the law leaves to the province: the XLSX form of the overlay template
 * ({@link io.github.ntmlib.intake.template.OverlayTemplateXlsx}), whose model and JSON form are in
 * ntm-core ({@code io.github.ntmlib.core.criteria.io.OverlayTemplate}).
 */
@NullMarked
package io.github.ntmlib.intake.template;

import org.jspecify.annotations.NullMarked;
