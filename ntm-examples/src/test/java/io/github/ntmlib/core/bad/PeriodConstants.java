package io.github.ntmlib.core.bad;

/** A deliberately bad class in a core package (test sources only): what the boundary rules refuse. */
public final class PeriodConstants {

    /** A period constant as core used to have. */
    public static final String COMMUNE_GROUP_2026_2030 = "commune-group-" + "2026-2030";

    private PeriodConstants() {
    }
}
