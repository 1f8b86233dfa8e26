package io.github.ntmlib.claims;

import org.apiguardian.api.API;

/** What a claim states, and so how its percentage is recomputed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ClaimKind {
    /** A ratio printed with its percentage: "69/169 xã … (đạt 40,8%)", "26,7% (99.600 hộ/372.000 hộ)". */
    RATIO,
    /**
     * A count as a percentage of a whole written elsewhere: "160 trong tổng số 178 xã …, đạt gần 90%",
     * "Trong số 194 xã …, đã có 118 xã …, chiếm 60,82%", a part of a breakdown with its share of the
     * breakdown's total ("6.250/8.014 xã …; trong đó, có 2.275 xã (36,4%) …"), a share of a whole printed
     * in an earlier sentence or paragraph, judged only when the printed figure rounds from it (or when two
     * other shares confirm that whole): "… có 64/80 xã đạt chuẩn. … có 16 xã đạt chuẩn nâng cao, chiếm 20%
     * tổng số xã".
     */
    SHARE_OF_WHOLE,
    /**
     * A count or an amount against a plan: stated in the sentence ("có thêm 15 xã …, đạt 75% KH (kế
     * hoạch 20 xã)"), printed as a ratio's whole ("43/34 sản phẩm, đạt 126,5% kế hoạch"), sentences before
     * ("kế hoạch vốn … 593.139 triệu đồng … giải ngân 411.626 triệu đồng, đạt 69,4%") or in parentheses
     * after the percentage ("đạt 190% kế hoạch năm (30 sản phẩm)").
     */
    PLAN,
    /**
     * A change since a previous period printed both as a percentage and as an amount, of the level
     * reached stated before it: "có 29.378 hợp tác xã …; tăng 7% (tăng 2036 hợp tác xã)". The part is
     * the change, the whole the previous level (the level reached less the change).
     */
    CHANGE
}
