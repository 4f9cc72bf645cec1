package cn.villagestats.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark reads the login form's CSRF token and the API token {@code user token} printed. */
class ConsoleClientTests {

    @Test
    void shouldReadTheCsrfTokenOfTheLoginForm() {
        // given the login form as the console renders it
        String html = "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"_csrf\" "
                + "value=\"k3Y-9a_Zq\"/><input type=\"text\" name=\"username\"></form>";

        // when / then
        assertThat(ConsoleClient.csrf(html)).isEqualTo("k3Y-9a_Zq");
        assertThatThrownBy(() -> ConsoleClient.csrf("<form></form>")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldSumUpAnUploadsAnswerByItsStatusAndRows() {
        // given the API's answer to an upload, its problems listed after its rows
        String json = "{\"file\":\"a.xlsx\",\"stored_as\":\"370982200201-x.xlsx\",\"status\":\"accepted\","
                + "\"rows_read\":200,\"rows_accepted\":197,\"rows_rejected\":3,\"reason\":null,"
                + "\"problems\":[{\"sheet\":\"卫生改厕\",\"row\":7,\"reason_zh\":\"面积不对\"}]}";

        // when / then
        assertThat(ConsoleClient.outcome(json)).isEqualTo("accepted, rows_read 200, rows_accepted 197, rows_rejected 3");
        assertThat(ConsoleClient.reported("<p class=\"big\" id=\"reported\">已报 998/1000</p>")).isEqualTo("已报 998/1000");
    }

    @Test
    void shouldReadTheTokenAmongTheCommandsOtherOutput() {
        // given the output of user token, a log line before the token
        String output = "08:10:01.123 INFO  Started VillageStatsApplication in 6.2 seconds (vs_not-a-token)\n"
                + "vs_Qm9vay1vZi10aGUtYmVuY2gtMTIzNDU2Nzg5MC1hYmNkZWY\n";

        // when / then: the last token printed, whole
        assertThat(ConsoleClient.token(output)).isEqualTo("vs_Qm9vay1vZi10aGUtYmVuY2gtMTIzNDU2Nzg5MC1hYmNkZWY");
        assertThatThrownBy(() -> ConsoleClient.token("Added user x (operator)"))
                .isInstanceOf(IllegalStateException.class);
    }
}
