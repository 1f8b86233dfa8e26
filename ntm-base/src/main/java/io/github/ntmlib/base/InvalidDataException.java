package io.github.ntmlib.base;

import io.github.ntmlib.base.internal.Limits;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bad input: the typed error every ntm module throws when data cannot be accepted as given.
 *
 * <p>It names where the bad value is: the source and line ({@link #position()}), the
 * administrative unit or other record ({@link #subject()}) and the field, so that whoever
 * supplied the data can mend it. ntm never returns a partially built result in place of this
 * error, never substitutes a default for a bad value, and never lets a {@code
 * NullPointerException} escape for missing input.
 *
 * <p>Its reason is bilingual ({@link Labels}): {@link #message(Language)} and {@link
 * #reason(Language)} give it in Vietnamese or English, so that a Vietnamese command line, report
 * or service never shows an English sentence. {@link #getMessage()} is the English form, for logs.
 * Every ntm module gives both languages; the constructors taking a plain {@code String} are for
 * code outside ntm that has only one language, whose reason is then shown as given in both.
 *
 * <p>Modules subclass it for their own kinds of error; catching this type catches them all.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private final @Nullable String subject;
    private final @Nullable String field;
    private final Labels reason;

    /**
     * Creates the error with its reason in Vietnamese and English.
     *
     * @param position where the bad input is; {@link SourcePosition#API} when it came through code
     * @param subject  the unit code or record identifier concerned, or {@code null} if none
     * @param field    the field or column concerned, or {@code null} if none
     * @param reason   what is wrong, in a sentence in each language
     * @since 0.1
     */
    public InvalidDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason) {
        super(compose(position, subject, field, bounded(reason), Language.ENGLISH));
        this.position = position == null ? SourcePosition.API : position;
        this.subject = subject;
        this.field = field;
        this.reason = bounded(reason);
    }

    /**
     * Creates the error with its reason in Vietnamese and English, and a cause.
     *
     * @param position where the bad input is
     * @param subject  the unit code or record identifier concerned, or {@code null} if none
     * @param field    the field or column concerned, or {@code null} if none
     * @param reason   what is wrong, in a sentence in each language
     * @param cause    the underlying error
     * @since 0.1
     */
    public InvalidDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            Labels reason, Throwable cause) {
        super(compose(position, subject, field, bounded(reason), Language.ENGLISH), cause);
        this.position = position == null ? SourcePosition.API : position;
        this.subject = subject;
        this.field = field;
        this.reason = bounded(reason);
    }

    /**
     * Creates the error with a reason in one language only, shown as given in both languages.
     * ntm's own modules never use it (an architecture test keeps them from it): it is for code
     * outside ntm that subclasses this type.
     *
     * @param position where the bad input is; {@link SourcePosition#API} when it came through code
     * @param subject  the unit code or record identifier concerned, or {@code null} if none
     * @param field    the field or column concerned, or {@code null} if none
     * @param message  what is wrong, in a sentence
     */
    public InvalidDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message) {
        this(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)));
    }

    /**
     * Creates the error with a cause.
     *
     * @param position where the bad input is
     * @param subject  the unit code or record identifier concerned, or {@code null} if none
     * @param field    the field or column concerned, or {@code null} if none
     * @param message  what is wrong, in a sentence
     * @param cause    the underlying error
     */
    public InvalidDataException(SourcePosition position, @Nullable String subject, @Nullable String field,
            String message, Throwable cause) {
        this(position, subject, field, Labels.of(String.valueOf(message), String.valueOf(message)), cause);
    }

    /**
     * What is wrong, in English, without the position, subject and field the message starts with.
     *
     * @return the reason
     */
    public String reason() {
        return reason.english();
    }

    /**
     * What is wrong, in a language, without the position, subject and field.
     *
     * @param language the language
     * @return the reason
     * @since 0.1
     */
    public String reason(Language language) {
        return reason.in(language);
    }

    /**
     * The whole message in a language: position, subject, field and reason, as {@link
     * #getMessage()} gives them in English ({@code values.csv:12 [18409] trường 'value': …}).
     *
     * @param language the language
     * @return the message
     * @since 0.1
     */
    public String message(Language language) {
        return compose(position, subject, field, reason, language);
    }

    /**
     * Where the bad input is.
     *
     * @return the source position
     */
    public SourcePosition position() {
        return position;
    }

    /**
     * The unit code or record identifier concerned.
     *
     * @return the subject, or empty
     */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /**
     * The field or column concerned.
     *
     * @return the field, or empty
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    private static Labels bounded(@Nullable Labels reason) {
        if (reason == null) {
            return Labels.of("null", "null");
        }
        return Labels.of(Limits.vietnameseNotes(Limits.bounded(reason.vietnamese())), Limits.bounded(reason.english()));
    }

    private static String compose(@Nullable SourcePosition position, @Nullable String subject,
            @Nullable String field, Labels reason, Language language) {
        StringBuilder text = new StringBuilder();
        text.append(position == null ? SourcePosition.API : position);
        if (subject != null) {
            text.append(" [").append(Limits.cut(subject)).append(']');
        }
        if (field != null) {
            text.append(language == Language.VIETNAMESE ? " trường '" : " field '").append(Limits.cut(field))
                    .append('\'');
        }
        text.append(": ").append(reason.in(language));
        return language == Language.VIETNAMESE ? Limits.vietnameseNotes(text.toString()) : text.toString();
    }

    /**
     * A piece of input as an error message quotes it: in single quotes, at most 60 characters and
     * then "…" with the input's length, so that no message grows with its input. Every reader and
     * command quotes input through this (or the library's internal equivalent it delegates to).
     *
     * @param text the input, or {@code null}
     * @return such as {@code '12,5x'} or {@code '1.1.1.1…' (65536 characters)}
     */
    public static String excerpt(@Nullable String text) {
        return Limits.quote(text);
    }
}
