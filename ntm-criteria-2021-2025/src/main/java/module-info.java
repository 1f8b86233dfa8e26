/**
 * The national NTM criteria sets of 2021-2025 (Decisions 318, 319, 320 and 321/QĐ-TTg of 8 March
 * 2022, 04/2022/QĐ-TTg and 18/2022/QĐ-TTg) as a plugin of ntm core.
 */
module io.github.ntmlib.criteria2021 {
    requires io.github.ntmlib.core;
}
