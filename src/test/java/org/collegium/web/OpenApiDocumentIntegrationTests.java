package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document is valid as judged by an independent parser and validator (swagger-parser).
 */
@CollegiumIntegrationTest
class OpenApiDocumentIntegrationTests {

    private final MockMvc mvc;

    @Autowired
    OpenApiDocumentIntegrationTests(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void servesAValidOpenApiDocument() throws Exception {
        String json = mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);

        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getInfo().getTitle()).isEqualTo("Collegium API");
        assertThat(result.getOpenAPI().getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/"));
    }
}
