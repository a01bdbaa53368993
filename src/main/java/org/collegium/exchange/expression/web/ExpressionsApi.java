package org.collegium.exchange.expression.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.expression.AttachmentView;
import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.LanguageSkill;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.identity.AccountId;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The expressions of interest of the signed-in person's municipalities, as JSON: list and read (their members and
 * focal points), create a draft, update, submit and withdraw (their focal points, while the call is open).
 */
@RestController
@RequestMapping(path = "/api/v1/expressions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Expressions of interest", description = "A municipality's answers to expertise requests. Whether the "
        + "call is open is decided on the server's clock, to the second, whatever the client's clock or zone. Calls "
        + "that change something and are authenticated by the session cookie need the CSRF token: send the value of "
        + "the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.")
class ExpressionsApi {

    private final ExpressionsOfInterest expressions;
    private final MessageSource messages;

    ExpressionsApi(ExpressionsOfInterest expressions, MessageSource messages) {
        this.expressions = expressions;
        this.messages = messages;
    }

    @Schema(description = "A language a practitioner speaks")
    record Language(@Schema(description = "ISO 639-1 code", example = "fr") String language,
            @Schema(description = "A1 to C2, or NATIVE") LanguageLevel level) {
    }

    @Schema(description = "A proposed practitioner, as described in the expression")
    record Practitioner(@Schema(description = "Account id of a member or focal point of the municipality") UUID account,
            String jobTitle, @Schema(description = "A function code of the vocabulary") String function,
            String responsibilities, List<Language> languages,
            @Schema(description = "Optional: an advantage, never a condition") String internationalExperience) {

        ProposedPractitioner toPractitioner() {
            return new ProposedPractitioner(account == null ? null : new AccountId(account), jobTitle, function,
                    responsibilities, languages == null ? List.of() : languages.stream()
                            .filter(java.util.Objects::nonNull).map(l -> new LanguageSkill(l.language(), l.level())).toList(),
                    internationalExperience);
        }

        static Practitioner of(ProposedPractitioner p) {
            return new Practitioner(p.account().value(), p.jobTitle(), p.function(), p.responsibilities(),
                    p.languages().stream().map(l -> new Language(l.language(), l.level())).toList(),
                    p.internationalExperience());
        }
    }

    @Schema(description = "What an expression says; a draft may leave out texts, method and dates")
    record Body(List<Practitioner> practitioners, String motivation, String technicalProposal,
            ExchangeMethod method, LocalDate offeredFrom, LocalDate offeredTo) {

        ExpressionDraft toDraft() {
            List<ProposedPractitioner> proposed = new ArrayList<>();
            if (practitioners != null) {
                practitioners.stream().filter(java.util.Objects::nonNull).map(Practitioner::toPractitioner)
                        .forEach(proposed::add);
            }
            return new ExpressionDraft(proposed, motivation, technicalProposal, method, offeredFrom, offeredTo);
        }
    }

    @Schema(description = "A new draft: the request it answers, the municipality that answers, and what it says")
    record NewExpression(UUID request, UUID municipality, List<Practitioner> practitioners, String motivation,
            String technicalProposal, ExchangeMethod method, LocalDate offeredFrom, LocalDate offeredTo) {
    }

    @Schema(description = "An attached file")
    record Attachment(String id, String name, String mediaType, long size, String href) {
    }

    @Schema(description = "An expression of interest")
    record Expression(String id, String request, String call, String programme, String municipality,
            String municipalityCountry, @Schema(description = "DRAFT, SUBMITTED or WITHDRAWN") String status,
            List<Practitioner> practitioners, String motivation, String technicalProposal, ExchangeMethod method,
            LocalDate offeredFrom, LocalDate offeredTo, List<Attachment> attachments, Instant createdAt,
            Instant updatedAt, Instant submittedAt, long version) {

        static Expression of(ExpressionOfInterestView e) {
            return new Expression(e.id().value().toString(), e.request().value().toString(),
                    e.call().value().toString(), e.programme().value().toString(),
                    e.municipality().value().toString(), e.municipalityCountry(), e.status().name(),
                    e.practitioners().stream().map(Practitioner::of).toList(), e.motivation(), e.technicalProposal(),
                    e.method(), e.offeredFrom(), e.offeredTo(), e.attachments().stream()
                            .map(a -> attachment(e, a)).toList(),
                    e.createdAt(), e.updatedAt(), e.submittedAt(), e.version());
        }

        private static Attachment attachment(ExpressionOfInterestView e, AttachmentView a) {
            return new Attachment(a.id().toString(), a.name(), a.mediaType(), a.size(),
                    "/exchange/expressions/" + e.id().value() + "/attachments/" + a.id());
        }
    }

    @GetMapping
    @Operation(summary = "The expressions of interest of my municipalities",
            description = "Every expression of every municipality whose member or focal point I am, latest change first")
    @ApiResponse(responseCode = "200", description = "The expressions")
    @ApiResponse(responseCode = "403", description = "Not signed in", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    List<Expression> mine() {
        AccountId actor = Viewing.required();
        List<Expression> all = new ArrayList<>();
        for (OrganisationSummary municipality : expressions.ownMunicipalities(actor)) {
            expressions.ofMunicipality(actor, municipality.id()).stream().map(Expression::of).forEach(all::add);
        }
        return all;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expression of interest", description = "For its municipality's people, the "
            + "programme's secretariat once submitted, and platform administrators")
    @ApiResponse(responseCode = "200", description = "The expression")
    @ApiResponse(responseCode = "403", description = "Another municipality's expression, or not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    Expression one(@PathVariable UUID id) {
        return Expression.of(expressions.get(Viewing.required(), new ExpressionOfInterestId(id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Starts a draft for a municipality", description = "By the municipality's focal point, "
            + "while the request's call is open; one expression per municipality and request")
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "403", description = "Not the municipality's focal point, or no valid CSRF token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such request", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The call is closed", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Refused: the field and code say why (an ineligible "
            + "municipality, a second expression, a practitioner of another organisation...)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Expression> create(@RequestBody NewExpression body) {
        if (body.request() == null) {
            throw new ExchangeRefusal("request", "exchange.expression.request.required");
        }
        AccountId actor = Viewing.required();
        ExpressionDraft draft = new Body(body.practitioners(), body.motivation(), body.technicalProposal(),
                body.method(), body.offeredFrom(), body.offeredTo()).toDraft();
        ExpressionOfInterestId id = expressions.draft(actor, new ExpertiseRequestId(body.request()),
                body.municipality() == null ? null : new OrganisationId(body.municipality()), draft);
        return ResponseEntity.created(URI.create("/api/v1/expressions/" + id.value()))
                .body(Expression.of(expressions.get(actor, id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replaces what an expression says", description = "By the municipality's focal point, "
            + "while the call is open. A withdrawn expression becomes a draft again; a submitted one stays submitted")
    @ApiResponse(responseCode = "200", description = "The expression")
    @ApiResponse(responseCode = "403", description = "Another municipality's expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The call is closed", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Refused: the field and code say why", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    Expression update(@PathVariable UUID id, @RequestBody Body body) {
        return Expression.of(expressions.revise(Viewing.required(), new ExpressionOfInterestId(id), body.toDraft()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submits a draft", description = "A confirmation is mailed to the submitter")
    @ApiResponse(responseCode = "200", description = "The submitted expression")
    @ApiResponse(responseCode = "403", description = "Another municipality's expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The call is closed, or the expression is not a draft",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Incomplete: the field says what is missing", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    Expression submit(@PathVariable UUID id) {
        return Expression.of(expressions.submit(Viewing.required(), new ExpressionOfInterestId(id)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws an expression", description = "It may be taken up again as a draft before the "
            + "deadline")
    @ApiResponse(responseCode = "200", description = "The withdrawn expression")
    @ApiResponse(responseCode = "403", description = "Another municipality's expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such expression", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The call is closed, or already withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    Expression withdraw(@PathVariable UUID id) {
        return Expression.of(expressions.withdraw(Viewing.required(), new ExpressionOfInterestId(id)));
    }

    /** A refusal of a field is 422; one of the expression's state or the call's clock is 409. */
    @ExceptionHandler(ExchangeRefusal.class)
    ResponseEntity<ProblemDetail> refused(ExchangeRefusal refusal) {
        HttpStatus status = refusal.field() == null ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://collegium.org/problems/" + (refusal.field() == null ? "conflict" : "refused")));
        problem.setTitle(messages.getMessage(refusal.code(), refusal.arguments(), refusal.code(),
                LocaleContextHolder.getLocale()));
        problem.setProperty("code", refusal.code());
        problem.setProperty("field", refusal.field());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
