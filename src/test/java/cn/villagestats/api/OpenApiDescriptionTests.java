package cn.villagestats.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import cn.villagestats.console.ConsoleTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written openapi.json names exactly the API's routes and methods, no more and no fewer. */
class OpenApiDescriptionTests extends ConsoleTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldDescribeEveryRouteOfTheApiAndNoOther() throws Exception {
        // given the routes the application maps under /api/v1
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPathPatternsCondition().getPatternValues()
                .stream().filter(p -> p.startsWith("/api/v1/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + p))));

        // when the description is read
        Set<String> described = new TreeSet<>();
        try (InputStream in = new ClassPathResource("static/api/openapi.json").getInputStream()) {
            JsonNode paths = JsonMapper.builder().build().readTree(in).get("paths");
            for (String path : paths.propertyNames()) {
                for (String method : paths.get(path).propertyNames()) {
                    described.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }

        // then they agree
        assertThat(described).isEqualTo(mapped).hasSize(8);
    }
}
