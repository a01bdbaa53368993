package org.collegium.exchange.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.collegium.exchange.CallView;
import org.collegium.exchange.Calls;
import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.RequestFilter;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.web.ExchangeResources.CallDetails;
import org.collegium.exchange.web.ExchangeResources.CallResource;
import org.collegium.exchange.web.ExchangeResources.RequestResource;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open calls and expertise requests, read-only, as JSON. Deadlines come as instants and as the local time stated. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exchanges", description = "The open calls of the exchange programmes and the expertise requests they cover")
class ExchangeApiController {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Calls calls;
    private final Programmes programmes;
    private final ExpertiseRequests requests;
    private final Vocabulary vocabulary;
    private final Directory directory;
    private final MessageSource messages;

    ExchangeApiController(Calls calls, Programmes programmes, ExpertiseRequests requests, Vocabulary vocabulary,
            Directory directory, MessageSource messages) {
        this.calls = calls;
        this.programmes = programmes;
        this.requests = requests;
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/calls")
    @Operation(summary = "The calls open now, the nearest deadline first")
    @ApiResponse(responseCode = "200", description = "The open calls")
    List<CallResource> openCalls() {
        Map<ProgrammeId, ProgrammeView> programmesById = programmes.all().stream()
                .collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
        return calls.openNow().stream()
                .map(call -> ExchangeResources.call(call, programmesById.get(call.programme()))).toList();
    }

    @GetMapping("/calls/{id}")
    @Operation(summary = "One call, open or closed, with the expertise requests it covers")
    @ApiResponse(responseCode = "200", description = "The call")
    @ApiResponse(responseCode = "404", description = "No such call", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    CallDetails call(@Parameter(description = "The call's id (UUID)") @PathVariable String id) {
        CallView call = calls.get(Ids.call(id));
        return new CallDetails(ExchangeResources.call(call, programmes.get(call.programme())),
                resources(requests.ofCall(call.id())));
    }

    @GetMapping("/requests")
    @Operation(summary = "The expertise requests of the calls open now, in the order they were filed",
            description = "Every filter is optional; an unknown value is refused with the parameter named in `errors`")
    @ApiResponse(responseCode = "200", description = "The open requests that match")
    @ApiResponse(responseCode = "400", description = "A filter value is unknown", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    List<RequestResource> openRequests(
            @Parameter(description = "Country of the requesting association, ISO 3166-1 alpha-2, e.g. UG")
            @RequestParam(required = false) String country,
            @Parameter(description = "Topic code of the vocabulary, e.g. food-security")
            @RequestParam(required = false) String topic,
            @Parameter(description = "Exchange method", schema = @Schema(implementation = ExchangeMethod.class))
            @RequestParam(required = false) String method,
            @Parameter(description = "Working language, ISO 639-1, e.g. en")
            @RequestParam(required = false) String language) {
        return resources(requests.open(filter(country, topic, method, language)));
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One expertise request")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    RequestResource request(@Parameter(description = "The request's id (UUID)") @PathVariable String id) {
        return resources(List.of(requests.get(Ids.request(id)))).getFirst();
    }

    /** A refused filter value: 400, naming the parameter and saying why in the caller's language. */
    @ExceptionHandler(ExchangeRefusal.class)
    ProblemDetail refused(ExchangeRefusal refusal, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://collegium.org/problems/bad-request"));
        problem.setTitle(messages.getMessage("problem.bad-request", null, locale));
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(refusal.field(), messages.getMessage(refusal.code(), refusal.arguments(), locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private RequestFilter filter(String country, String topic, String method, String language) {
        RequestFilter filter = new RequestFilter(country, topic, null, language);
        if (filter.country() != null && !Countries.isKnown(filter.country())) {
            throw new ExchangeRefusal("country", "exchange.filter.country.invalid");
        }
        if (filter.topic() != null && !vocabulary.isTopic(filter.topic())) {
            throw new ExchangeRefusal("topic", "exchange.filter.topic.invalid");
        }
        if (filter.language() != null && !LANGUAGES.contains(filter.language())) {
            throw new ExchangeRefusal("language", "exchange.filter.language.invalid");
        }
        ExchangeMethod exchangeMethod = null;
        if (method != null && !method.isBlank()) {
            exchangeMethod = Arrays.stream(ExchangeMethod.values()).filter(m -> m.name().equals(method.strip()))
                    .findFirst().orElseThrow(() -> new ExchangeRefusal("method", "exchange.filter.method.invalid"));
        }
        return new RequestFilter(filter.country(), filter.topic(), exchangeMethod, filter.language());
    }

    private List<RequestResource> resources(List<ExpertiseRequestView> found) {
        Map<OrganisationId, OrganisationSummary> associations = directory
                .findAll(found.stream().map(ExpertiseRequestView::association).collect(Collectors.toSet()));
        return found.stream().map(request -> ExchangeResources.request(request, associations)).toList();
    }
}
