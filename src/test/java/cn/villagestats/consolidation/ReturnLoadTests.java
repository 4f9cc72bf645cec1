package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What one return's load keeps of a rejection. */
class ReturnLoadTests {

    @Test
    void shouldMaskAnIdNumberQuotedInTheReasonOfARejectedReturn() {
        // given a zip of workbooks, one named after a householder's 身份证号
        ReturnLoad load = new ReturnLoad(7);

        // when
        load.reject(null, "压缩包内有工作簿：张三37098219800101123X.xlsx", "a zip of workbooks: 张三37098219800101123X.xlsx");

        // then
        assertThat(load.isRejected()).isTrue();
        assertThat(load.reasonZh()).isEqualTo("压缩包内有工作簿：张三370982********123X.xlsx");
        assertThat(load.reasonEn()).isEqualTo("a zip of workbooks: 张三370982********123X.xlsx");
    }
}
