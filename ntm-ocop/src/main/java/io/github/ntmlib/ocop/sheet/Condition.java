package io.github.ntmlib.ocop.sheet;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.ocop.OcopDataException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * When a conditional criterion applies (chỉ áp dụng khi ...): it applies unless the controlling
 * criterion was answered with one of the listed options. Example: "5.2 Cấu trúc câu chuyện sản phẩm"
 * applies only when a product story exists, that is unless 5.1 is "Không có câu chuyện sản phẩm".
 *
 * @param criterion  the code of the controlling criterion
 * @param notOptions the option numbers of the controlling criterion that make this criterion not apply
 * @param text       the condition as printed
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Condition(String criterion, List<Integer> notOptions, String text) {

    /**
     * Validates and copies.
     *
     * @param criterion  the controlling criterion's code
     * @param notOptions the excluding option numbers, not empty
     * @param text       the printed condition
     */
    public Condition {
        OcopDataException.requirePresent(criterion, null, "criterion");
        OcopDataException.requirePresent(text, null, "text");
        notOptions = List.copyOf(notOptions);
        if (notOptions.isEmpty()) {
            throw OcopDataException.api(null, criterion, Labels.of(
                    "điều kiện phải nêu ít nhất một lựa chọn loại trừ",
                    "a condition names at least one excluding option"));
        }
    }
}
