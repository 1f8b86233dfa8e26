package io.github.ntmlib.core.locality;

import java.util.Set;

/**
 * Classification schemes for core's own tests, shaped like a criteria plugin's (core defines none:
 * the real ones live in the period plugins).
 */
public final class TestSchemes {

    /** A region scheme inherited from the province. */
    public static final ClassificationScheme REGION = new ClassificationScheme("ntm-region-2021-2025", true,
            Set.of("TRUNG_DU_MIEN_NUI_PHIA_BAC", "DONG_BANG_SONG_HONG", "BAC_TRUNG_BO", "DUYEN_HAI_NAM_TRUNG_BO",
                    "TAY_NGUYEN", "DONG_NAM_BO", "DONG_BANG_SONG_CUU_LONG"), "test regions");
    /** A yes/no flag that triggers a region override. */
    public static final ClassificationScheme EXTREMELY_DIFFICULT = new ClassificationScheme("extremely-difficult",
            false, Set.of(ClassificationScheme.YES, ClassificationScheme.NO), "test flag");

    private TestSchemes() {
    }
}
