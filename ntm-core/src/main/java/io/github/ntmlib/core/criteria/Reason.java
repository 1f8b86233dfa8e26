package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.Labels;

/** Why a verdict is not assessed, or why a row of data was not used: facts, never only text. */
public enum Reason implements Labelled {
    /** No value for the data year (chưa có số liệu). */
    NO_DATA("chưa có số liệu", "no data"),
    /** The threshold exists in law but its value is not encoded (ngưỡng chưa được mã hóa). */
    THRESHOLD_NOT_ENCODED("ngưỡng chưa được mã hóa", "threshold not encoded"),
    /** The province sets the threshold and no overlay supplied it (ngưỡng do tỉnh quy định, chưa có). */
    SET_BY_PROVINCE_NOT_SUPPLIED("ngưỡng do tỉnh quy định, chưa được cung cấp",
            "threshold set by the province, not supplied"),
    /** No threshold rule applies to the unit in the year (không có ngưỡng áp dụng). */
    NO_RULE_APPLIES("không có ngưỡng áp dụng", "no threshold applies"),
    /** Units below could not be counted (đơn vị cấp dưới chưa đánh giá). */
    UNITS_NOT_ASSESSED("đơn vị cấp dưới chưa đánh giá được", "units below not assessed"),
    /** The standard this one requires is not attained or not assessed (chưa đạt mức chuẩn trước). */
    REQUIRED_STANDARD("mức chuẩn yêu cầu trước chưa đạt", "required standard not attained"),
    /** The data does not apply to the unit's kind (không áp dụng cho loại đơn vị này). */
    NOT_APPLICABLE("không áp dụng cho loại đơn vị này", "does not apply to this kind of unit");

    private final Labels labels;

    Reason(String vietnamese, String english) {
        this.labels = Labels.of(vietnamese, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
