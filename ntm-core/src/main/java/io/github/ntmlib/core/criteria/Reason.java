package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * Why a verdict is not assessed, or why a row of data was not used: facts, never only text.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Reason implements Labelled {
    /** No value for the data year (chưa có số liệu). */
    NO_DATA,
    /** The threshold exists in law but its value is not encoded (ngưỡng chưa được mã hóa). */
    THRESHOLD_NOT_ENCODED,
    /** The province sets the threshold and no overlay supplied it (ngưỡng do tỉnh quy định, chưa có). */
    SET_BY_PROVINCE_NOT_SUPPLIED,
    /** No threshold rule applies to the unit in the year (không có ngưỡng áp dụng). */
    NO_RULE_APPLIES,
    /** Units below could not be counted (đơn vị cấp dưới chưa đánh giá). */
    UNITS_NOT_ASSESSED,
    /** The standard this one requires is not attained or not assessed (chưa đạt mức chuẩn trước). */
    REQUIRED_STANDARD,
    /** The data does not apply to the unit's kind (không áp dụng cho loại đơn vị này). */
    NOT_APPLICABLE
}
