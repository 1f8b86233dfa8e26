package io.github.ntmlib.ocop.portfolio;

/**
 * A reporting category of valid OCOP products, as provincial reports count them (e.g. Hà Nội: 6
 * five-star, 12 potential five-star, 1,473 four-star and 1,220 three-star products).
 */
public enum Category {
    /** Sản phẩm 3 sao. */
    THREE_STARS("3 sao"),
    /** Sản phẩm 4 sao, not proposed for 5 stars. */
    FOUR_STARS("4 sao"),
    /** Sản phẩm tiềm năng 5 sao: certified 4 stars, proposed to the ministry for 5 stars. */
    FIVE_STAR_CANDIDATES("Tiềm năng 5 sao"),
    /** Sản phẩm 5 sao. */
    FIVE_STARS("5 sao");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /**
     * The Vietnamese label.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
