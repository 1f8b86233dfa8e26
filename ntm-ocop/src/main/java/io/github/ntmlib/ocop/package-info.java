/**
 * OCOP (Chương trình Mỗi xã một sản phẩm, One Commune One Product): the types shared by the sheet,
 * rating, certificate and portfolio packages — star levels, instruments and the module's typed error.
 */
@NullMarked
package io.github.ntmlib.ocop;

import org.jspecify.annotations.NullMarked;
