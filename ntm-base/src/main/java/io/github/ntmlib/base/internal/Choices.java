package io.github.ntmlib.base.internal;

import io.github.ntmlib.base.Labelled;
import io.github.ntmlib.base.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way an enumerated cell or option is read: by the constant's code (any case), its
 * Vietnamese or English label (case and diacritics ignored, {@link VietnameseText#fold}) or an
 * abbreviation ({@code NSTW}, {@code HTX}); and the one way an error lists what is accepted.
 */
public final class Choices {

    private Choices() {
    }

    /**
     * The constant a text names.
     *
     * @param <E>           the enum type
     * @param type          the enum class
     * @param text          the text, or {@code null}
     * @param abbreviations abbreviations as written ({@code NSĐP}; compared folded) to constants
     * @return the constant, or empty
     */
    public static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, @Nullable String text,
            Map<String, E> abbreviations) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        String key = VietnameseText.fold(stripped);
        for (Map.Entry<String, E> a : abbreviations.entrySet()) {
            if (VietnameseText.fold(a.getKey()).equals(key)) {
                return Optional.of(a.getValue());
            }
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(stripped) || VietnameseText.fold(e.vietnamese()).equals(key)
                    || VietnameseText.fold(e.english()).equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * What an error lists as accepted: every constant's code, Vietnamese label and abbreviations.
     *
     * @param <E>           the enum type
     * @param type          the enum class
     * @param abbreviations the abbreviations, as given to {@link #find}
     * @return such as {@code accepted: CENTRAL_BUDGET (ngân sách Trung ương, NSTW), …}
     */
    public static <E extends Enum<E> & Labelled> String accepted(Class<E> type, Map<String, E> abbreviations) {
        List<String> each = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            StringBuilder one = new StringBuilder(e.name()).append(" (").append(e.vietnamese());
            abbreviations.entrySet().stream().filter(a -> a.getValue() == e).map(Map.Entry::getKey).sorted()
                    .forEach(a -> one.append(", ").append(a));
            each.add(one.append(')').toString());
        }
        return "accepted: " + String.join(", ", each);
    }
}
