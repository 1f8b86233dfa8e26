package io.github.ntmlib.base;

import org.apiguardian.api.API;

/**
 * How numbers are written (cách viết số): read and printed by {@link Figures}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NumberStyle {
    /**
     * Vietnamese reports (vi-VN): "." groups thousands, "," is the decimal mark: {@code 411.626},
     * {@code 46,372}, {@code 69,4%}. Grouping is optional ({@code 2024}), but when present every
     * group after the first has exactly three digits.
     */
    VI_VN,
    /**
     * Plain machine form: no grouping, "." as the decimal mark: {@code 411626}, {@code 46.372},
     * {@code 69.4%}.
     */
    PLAIN
}
