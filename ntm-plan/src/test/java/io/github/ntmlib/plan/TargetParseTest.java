package io.github.ntmlib.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Language;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets as the command line and the server write them. */
class TargetParseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+20|MORE|20", " +1 |MORE|1", "+999999|MORE|999999", "40%|SHARE|40", "40,5%|SHARE|40.5", "40.5%|SHARE|40.5",
        "40,1234%|SHARE|40.1234", "66,67%|SHARE|66.67",
        "100%|SHARE|100", "0,000001%|SHARE|0.000001", "all|ALL|", "req:province-ntm/5|REQUIREMENT|province-ntm/5"})
    void eachFormReadsAsItsTarget(String text, String kind, String value) {
        Target t = Target.parse(text);
        switch (kind) {
            case "MORE" -> assertThat(t).isEqualTo(Target.more(Integer.parseInt(value)));
            case "SHARE" -> assertThat(((Target.Share) t).percent()).isEqualByComparingTo(new BigDecimal(value));
            case "ALL" -> assertThat(t).isEqualTo(Target.all());
            default -> assertThat(t).isEqualTo(Target.requirement(value.substring(0, value.indexOf('/')),
                    value.substring(value.indexOf('/') + 1)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "+0", "+", "+-3", "+1.5", "+1234567", "0%", "101%", "40", "%", "1.205%", "40,500%", "40,5,1%",
        "ALL", "req:", "req:/5", "req:province-ntm/", "req:province-ntm", "+20 xã", "hai mươi"})
    void anythingElseIsATypedErrorInBothLanguages(String text) {
        assertThatThrownBy(() -> Target.parse(text)).isInstanceOfSatisfying(InvalidDataException.class, e -> {
            assertThat(e.field()).hasValue("target");
            assertThat(e.reason(Language.VIETNAMESE)).contains("không hợp lệ");
            assertThat(e.reason(Language.ENGLISH)).contains("is not valid");
        });
    }
}
