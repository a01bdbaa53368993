package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Anonymous visitors cost no stored session: the CSRF token of the forms on every page travels in a cookie.
 * This runs in an application context of its own, because MockMvc's csrf() support replaces the token repository
 * of the shared security filter chain for every test that uses that context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "collegium.test.context=anonymous")
@ActiveProfiles("test")
class AnonymousVisitsIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void anonymousVisitsStoreNoSessionButCarryACsrfCookie() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Accept", "text/html").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("COLLEGIUM_SESSION="))
                .anyMatch(cookie -> cookie.startsWith("COLLEGIUM_CSRF=") && cookie.contains("HttpOnly"));
    }
}
