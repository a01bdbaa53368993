package org.collegium.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of the JSON API, served at /api/openapi.json. Modules document their own endpoints.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI collegiumApi() {
        return new OpenAPI().info(new Info()
                .title("Collegium API")
                .version("v1")
                .description("Read the network directory and the academies of Collegium. Errors are RFC 9457 problem "
                        + "details; texts people wrote come in the language asked for with Accept-Language, with a "
                        + "fallback that the response names."));
    }
}
