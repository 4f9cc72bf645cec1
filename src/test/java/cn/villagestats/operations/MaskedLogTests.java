package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application's log, as Boot configures it from logback-spring.xml and application.properties. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:masked-log;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogTests {

    private static final Logger log = LoggerFactory.getLogger("org.example.SomeLibrary");

    @Test
    void shouldMaskAnIdNumberThatALibraryLogsInAMessageOrAStackTrace(CapturedOutput output) {
        // when a library logs a row and an exception that quote a householder's 身份证号
        log.warn("row rejected: 张三,370982198001011234,一组",
                new IllegalStateException("value too long: 37098219800101123X"));

        // then the log line shows them masked only
        assertThat(output.getOut()).contains("row rejected: 张三,370982********1234,一组")
                .contains("IllegalStateException: value too long: 370982********123X")
                .doesNotContain("370982198001011234").doesNotContain("37098219800101123X");
    }
}
