package cn.villagestats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A warning quotes what the clerk typed, never a whole 身份证号. */
class ReturnWarningTests {

    @Test
    void shouldMaskAnIdNumberQuotedInAWarning() {
        // given a sheet the template does not know, named after a householder
        String notice = "工作表“张三370982198001011234”不是模板中的工作表，已忽略";

        // when
        ReturnWarning warning = new ReturnWarning("", 0, "", "370982198001011234", notice,
                "sheet 张三370982198001011234 ignored");

        // then
        assertThat(warning.value()).isEqualTo("370982********1234");
        assertThat(warning.reasonZh()).isEqualTo("工作表“张三370982********1234”不是模板中的工作表，已忽略");
        assertThat(warning.reasonEn()).isEqualTo("sheet 张三370982********1234 ignored");
    }
}
