package org.collegium.library.oai;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OAI-PMH 2.0 data provider at {@code /oai}: GET with the arguments in the query, or POST with them as
 * {@code application/x-www-form-urlencoded}. Every answer, errors included, is an OAI-PMH document with status 200,
 * as the protocol asks.
 */
@Controller
class OaiController {

    static final String PATH = "/oai";

    private final OaiProtocol protocol;
    private final DublinCore dublinCore;
    private final Clock clock;
    private final OaiRepository repository;

    OaiController(OaiProtocol protocol, DublinCore dublinCore, Clock clock,
            @Value("${collegium.base-url}") String baseUrl,
            @Value("${collegium.library.oai.email:library@collegium.localhost}") String adminEmail) {
        this.protocol = protocol;
        this.dublinCore = dublinCore;
        this.clock = clock;
        this.repository = new OaiRepository("Collegium municipal e-library", baseUrl + PATH, adminEmail);
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        Map<String, String> echoed = new TreeMap<>();
        OaiRequest parsed = null;
        OaiAnswer answer = null;
        OaiError error = null;
        try {
            parsed = OaiRequest.parse(request.getParameterMap());
            echoed.put("verb", parsed.verb().name());
            echoed.putAll(parsed.arguments());
            answer = protocol.answer(parsed);
        } catch (OaiError refused) {
            error = refused;
            if (!refused.echoesArguments()) {
                echoed.clear();
            }
        }
        response.setContentType("text/xml;charset=UTF-8");
        try (OaiWriter writer = new OaiWriter(response.getOutputStream(), protocol, dublinCore)) {
            writer.start(clock.instant(), repository.baseUrl(), echoed);
            if (error != null) {
                writer.error(error);
            } else {
                writer.answer(parsed.verb().name(), answer, repository);
            }
        }
    }
}
