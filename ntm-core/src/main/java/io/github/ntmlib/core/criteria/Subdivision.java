package io.github.ntmlib.core.criteria;

import org.apiguardian.api.API;

/**
 * Whether a standard applies to a unit depending on the units it is divided into, beside its
 * kind: the 2021-2025 standard for districts without commune-level units (huyện không có đơn vị
 * hành chính cấp xã, the island districts) applies only to a huyện with no xã, phường or thị trấn
 * under it, and the district NTM standard only to a huyện that has some.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Subdivision {
    /** Whatever units it is divided into (the default). */
    ANY,
    /** Only a unit with at least one commune-level unit directly under it. */
    WITH_COMMUNES,
    /** Only a unit with no commune-level unit directly under it. */
    WITHOUT_COMMUNES;

    /**
     * Whether a unit is admitted.
     *
     * @param hasCommunes whether a commune-level unit sits directly under it
     * @return true if the standard may apply to it
     */
    public boolean admits(boolean hasCommunes) {
        return this == ANY || (this == WITH_COMMUNES) == hasCommunes;
    }

    /**
     * Why a unit is not admitted, in English.
     *
     * @return the reason
     */
    public String english() {
        return this == WITH_COMMUNES ? "applies only to a unit with commune-level units under it"
                : "applies only to a unit without commune-level units under it";
    }

    /**
     * Why a unit is not admitted, in Vietnamese.
     *
     * @return the reason
     * @since 0.1
     */
    public String vietnamese() {
        return this == WITH_COMMUNES ? "chỉ áp dụng cho đơn vị có đơn vị cấp xã trực thuộc"
                : "chỉ áp dụng cho đơn vị không có đơn vị cấp xã trực thuộc";
    }
}
