package io.github.ntmlib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.SourcePosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link BilingualErrors} passes a bilingual error and fails on each way an error can fall short of it. */
class BilingualErrorsTest {

    private static final SourcePosition AT = SourcePosition.of("values.csv", 12);

    private static InvalidDataException error(String vietnamese, String english) {
        return new InvalidDataException(AT, "18409", "year", Labels.of(vietnamese, english));
    }

    @Test
    void aGoodErrorPasses() {
        InvalidDataException good = error("không phải là số nguyên: '20x4'", "not a whole number: '20x4'");
        assertThat(BilingualErrors.assertBilingual(good)).isSameAs(good);
        assertThat(BilingualErrors.thrownBy(() -> {
            throw good;
        }, "not a whole number")).isSameAs(good);
        InvalidDataException bare = new InvalidDataException(SourcePosition.API, null, null,
                Labels.of("thiếu giá trị bắt buộc", "a required value is missing"));
        assertThat(BilingualErrors.thrownBy(() -> {
            throw bare;
        })).isSameAs(bare);
    }

    @Test
    void aVietnameseReasonLeakingEnglishFails() {
        InvalidDataException leaking = error("giá trị không phải là số: the value is missing",
                "the value is missing");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(leaking)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("English 'the'").hasMessageContaining("English 'value'")
                .hasMessageContaining("English 'is'").hasMessageContaining("English 'missing'")
                .hasMessageContaining("values.csv:12 [18409] trường 'year': giá trị không phải là số");
        assertThatThrownBy(() -> BilingualErrors.thrownBy(() -> {
            throw leaking;
        })).isInstanceOf(AssertionError.class).hasMessageContaining("leaks");
    }

    @Test
    void anIsoDateOrAConstantNameInVietnameseFails() {
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(error("ngày 2024-01-01 sau ngày đánh giá",
                "date 2024-01-01 is after the evaluation date"))).hasMessageContaining("ISO date 2024-01-01");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(error("'IV' không phải là NOT_IN_AREA hay I",
                "'IV' is not NOT_IN_AREA or I"))).hasMessageContaining("constant NOT_IN_AREA");
    }

    @Test
    void aReasonThatIsNotItsOwnVietnameseFails() {
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(new InvalidDataException(AT, null, "year",
                "a bad year"))).hasMessageContaining("the Vietnamese reason is the English one");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(error("khong phai la so nguyen", "not a number")))
                .hasMessageContaining("no Vietnamese letter");
    }

    /** An error of unit {@code subject}, field {@code year}, whose Vietnamese message is {@code vietnamese}. */
    private static InvalidDataException withVietnameseMessage(@Nullable String subject, String vietnamese) {
        return new InvalidDataException(AT, subject, "year", Labels.of("thiếu giá trị", "missing")) {
            private static final long serialVersionUID = 1L;

            @Override
            public String message(Language language) {
                return language == Language.VIETNAMESE ? vietnamese : super.message(language);
            }
        };
    }

    @Test
    void aVietnameseMessageNamingAnotherPlaceFails() {
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(withVietnameseMessage("18409",
                "values.csv:13 [18409] trường 'year': thiếu giá trị")))
                .hasMessageContaining("the Vietnamese message does not start with values.csv:12 [18409]");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(withVietnameseMessage("18409",
                "values.csv:12 [18410] trường 'year': thiếu giá trị")))
                .hasMessageContaining("the Vietnamese message does not start with values.csv:12 [18409]");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(withVietnameseMessage(null,
                "values.csv:12: thiếu giá trị"))).hasMessageContaining("does not name trường 'year'");
        assertThatThrownBy(() -> BilingualErrors.assertBilingual(withVietnameseMessage(null,
                "values.csv:12 trường 'year': thiếu")))
                .hasMessageContaining("the Vietnamese message does not end with its reason thiếu giá trị");
        assertThat(BilingualErrors.assertBilingual(withVietnameseMessage(null,
                "values.csv:12 trường 'year': thiếu giá trị"))).isNotNull();
    }

    @Test
    void anActionThatThrowsNothingOrSomethingElseOrAnotherEnglishMessageFails() {
        assertThatThrownBy(() -> BilingualErrors.thrownBy(() -> { })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("nothing was thrown");
        IllegalStateException other = new IllegalStateException("boom");
        assertThatThrownBy(() -> BilingualErrors.thrownBy(() -> {
            throw other;
        })).isInstanceOf(AssertionError.class).hasCause(other);
        InvalidDataException good = error("không phải là số nguyên: '20x4'", "not a whole number: '20x4'");
        assertThatThrownBy(() -> BilingualErrors.thrownBy(() -> {
            throw good;
        }, "not a date")).isInstanceOf(AssertionError.class).hasMessageContaining("does not contain not a date");
    }

    @Test
    void theStopListFindsEnglishOutsideQuotedInput() {
        assertThat(BilingualErrors.leaks("the value is missing")).containsExactly("English 'the'", "English 'value'",
                "English 'is'", "English 'missing'");
        assertThat(BilingualErrors.leaks("the set has no standard")).containsExactly("English 'the'",
                "English 'set'", "English 'has'", "English 'no'", "English 'standard'");
        assertThat(BilingualErrors.leaks("commune listed twice")).containsExactly("English 'commune'",
                "English 'listed'", "English 'twice'");
        assertThat(BilingualErrors.leaks("mã commune-advanced, trường unit_code")).containsExactly(
                "English 'commune'", "English 'unit'", "English 'code'");
        assertThat(BilingualErrors.leaks("giá trị 'the value' không hợp lệ")).isEmpty();
        assertThat(BilingualErrors.leaks("bộ tiêu chí 'no standard' không có")).isEmpty();
        assertThat(BilingualErrors.leaks("'IV' không phải là 'yes'")).isEmpty();
        assertThat(BilingualErrors.leaks("ngày 01/01/2024, tại units.csv:3")).isEmpty();
        assertThat(BilingualErrors.leaks("giá trị \"the value\"")).as("only single quotes mark input")
                .containsExactly("English 'the'", "English 'value'");
        BilingualErrors.assertVietnamese("không phải là số nguyên: 'the'");
        assertThatThrownBy(() -> BilingualErrors.assertVietnamese("thiếu the value"))
                .hasMessageContaining("English 'value'");
    }

    @Test
    void anyQuotedInputIsLeftOut() {
        qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 40)
                .assuming(s -> s.indexOf('\'') < 0 && s.indexOf('\n') < 0))
                .checkAssert(input -> {
                    InvalidDataException e = error("không phải là số: '" + input + "'",
                            "not a number: '" + input + "'");
                    assertThat(BilingualErrors.assertBilingual(e)).isSameAs(e);
                });
    }
}
