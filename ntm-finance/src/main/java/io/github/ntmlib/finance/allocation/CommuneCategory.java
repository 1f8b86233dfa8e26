package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * The allocation category of a commune under Decision 07/2022/QĐ-TTg (nhóm xã tính hệ số).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum CommuneCategory implements Labelled {
    /** Meets fewer than 15 criteria, or a safe-zone commune not yet NTM (xã dưới 15 tiêu chí; xã ATK chưa đạt chuẩn). */
    UNDER_15_OR_SAFE_ZONE,
    /** Meets 15 to 18 criteria (xã đạt 15-18 tiêu chí). */
    FROM_15_TO_18,
    /** Recognised NTM (xã đã được công nhận đạt chuẩn NTM). */
    RECOGNISED_NTM,
    /** Extremely difficult commune, excluded: funded by the ethnic-minority program (xã đặc biệt khó khăn). */
    EXCLUDED_EXTREMELY_DIFFICULT;

}
