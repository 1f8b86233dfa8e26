/**
 * The portfolio of OCOP products (danh mục sản phẩm OCOP) as of any date: recognised, valid, expired
 * and revoked products, counts by stars, category, commune and province, certificates expiring soon
 * and those whose re-rating window is open.
 */
@NullMarked
package io.github.ntmlib.ocop.portfolio;

import org.jspecify.annotations.NullMarked;
