package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error pages as a browser receives them from the running server: in the viewer's language, without internals.
 */
@CollegiumIntegrationTest
class ErrorPagesIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void unknownAddressShowsTheNotFoundPageInFrench() throws Exception {
        HttpResponse<String> response = get("/nothing/here", "fr");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable").contains("lang=\"fr\"").doesNotContain("Exception");
    }

    @Test
    void forgedCsrfTokenShowsTheForbiddenPageInSpanish() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/language"))
                .header("Accept-Language", "es")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("lang=fr&_csrf=forged"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("No tiene permiso para hacer esto");
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() throws Exception {
        String home = get("/", "en").body();
        String css = home.replaceAll("(?s).*href=\"(/css/collegium-[0-9a-f]{32}\\.css)\".*", "$1");
        assertThat(css).startsWith("/css/collegium-");
        HttpResponse<String> asset = get(css, "en");
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .header("Accept", "text/html")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
