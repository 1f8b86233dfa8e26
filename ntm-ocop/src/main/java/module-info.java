/**
 * OCOP (Chương trình mỗi xã một sản phẩm, One Commune One Product): product evaluation, star
 * rating, certificates and portfolio under Decision 26/2026/QĐ-TTg.
 */
module io.github.ntmlib.ocop {
    requires io.github.ntmlib.core;
}
