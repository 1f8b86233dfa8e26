package io.github.ntmlib.core.data;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * A step in the life of an official status (Decision 18/2022/QĐ-TTg and practice).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum StatusStep implements Labelled {
    /** Đăng ký (registered to attain the standard). */
    REGISTERED,
    /** Tự đánh giá (self-assessed). */
    SELF_ASSESSED,
    /** Thẩm tra (verified by the level above). */
    VERIFIED,
    /** Thẩm định (appraised by the provincial council or central ministries). */
    APPRAISED,
    /** Công nhận (recognised by decision). */
    RECOGNISED,
    /** Công bố (announced). */
    ANNOUNCED,
    /** Thu hồi (revoked). */
    REVOKED;

}
