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
     * breakdown's total ("6.250/8.014 xã …; trong đó, có 2.275 xã (36,4%) …").
     */
    SHARE_OF_WHOLE,
    /** A count against a plan stated in the sentence: "có thêm 15 xã …, đạt 75% KH (kế hoạch 20 xã)". */
    PLAN,
    /**
     * A change since a previous period printed both as a percentage and as an amount, of the level
     * reached stated before it: "có 29.378 hợp tác xã …; tăng 7% (tăng 2036 hợp tác xã)". The part is
     * the change, the whole the previous level (the level reached less the change).
     */
    CHANGE
}
