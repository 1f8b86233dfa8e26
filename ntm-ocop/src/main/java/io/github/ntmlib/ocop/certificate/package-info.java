/**
 * Certificates of OCOP ratings (giấy chứng nhận): product codes {@code T-X-STT-YYYY}, subjects,
 * validity of 36 months, the re-rating window, the transitional extension of Decision 26/2026/QĐ-TTg
 * Art. 12.3 and revocation.
 */
@NullMarked
package io.github.ntmlib.ocop.certificate;

import org.jspecify.annotations.NullMarked;
