package org.collegium.exchange.expression.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.FunctionTerm;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.expression.AttachmentContent;
import org.collegium.exchange.expression.ExpressionAttachments;
import org.collegium.exchange.expression.ExpressionOfInterestId;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.files.ContentDispositions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reading expressions of interest: a municipality's own list, one expression (its people, and the programme's
 * secretariat once submitted), its attachments, and the secretariat's list of the submitted expressions of a request.
 */
@Controller
class ExpressionListController {

    private final ExpressionsOfInterest expressions;
    private final ExpressionAttachments attachments;
    private final ExpertiseRequests requests;
    private final Vocabulary vocabulary;
    private final Directory directory;
    private final Accounts accounts;

    ExpressionListController(ExpressionsOfInterest expressions, ExpressionAttachments attachments,
            ExpertiseRequests requests, Vocabulary vocabulary, Directory directory, Accounts accounts) {
        this.expressions = expressions;
        this.attachments = attachments;
        this.requests = requests;
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** One municipality's expressions, each with the request it answers. */
    record MunicipalityExpressions(OrganisationSummary municipality, List<Row> rows) {
    }

    record Row(ExpressionOfInterestView expression, ExpertiseRequestView request, String municipality) {
    }

    @GetMapping("/exchange/expressions")
    String ours(Model model) {
        AccountId actor = Viewing.required();
        List<MunicipalityExpressions> groups = new ArrayList<>();
        for (OrganisationSummary municipality : expressions.ownMunicipalities(actor)) {
            groups.add(new MunicipalityExpressions(municipality, expressions.ofMunicipality(actor, municipality.id())
                    .stream().map(e -> new Row(e, requests.get(e.request()), municipality.name())).toList()));
        }
        model.addAttribute("groups", groups);
        return "exchange/expression/list";
    }

    @GetMapping("/exchange/requests/{request}/expressions")
    String ofRequest(@PathVariable String request, Model model) {
        AccountId actor = Viewing.required();
        ExpertiseRequestView found = requests.get(new ExpertiseRequestId(Viewing.uuid(request)));
        List<ExpressionOfInterestView> submitted = expressions.ofRequest(actor, found.id());
        Set<OrganisationId> ids = new HashSet<>();
        submitted.forEach(e -> ids.add(e.municipality()));
        Map<OrganisationId, OrganisationSummary> names = directory.findAll(ids);
        model.addAttribute("request", found);
        model.addAttribute("rows", submitted.stream().map(e -> new Row(e, found,
                names.containsKey(e.municipality()) ? names.get(e.municipality()).name() : "")).toList());
        return "exchange/expression/of-request";
    }

    @GetMapping("/exchange/expressions/{id}")
    String one(@PathVariable String id, Model model) {
        AccountId actor = Viewing.required();
        ExpressionOfInterestView expression = expressions.get(actor, new ExpressionOfInterestId(Viewing.uuid(id)));
        Set<AccountId> people = new HashSet<>();
        expression.practitioners().forEach(p -> people.add(p.account()));
        Map<AccountId, AccountSummary> names = accounts.findAll(people);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> functions = new java.util.HashMap<>();
        for (FunctionTerm term : vocabulary.functions()) {
            functions.put(term.code(), term.label(locale));
        }
        model.addAttribute("expression", expression);
        model.addAttribute("request", requests.get(expression.request()));
        model.addAttribute("municipality", directory.find(expression.municipality()).orElseThrow());
        model.addAttribute("people", names);
        model.addAttribute("functions", functions);
        model.addAttribute("mayWrite", expressions.mayWrite(actor, expression.municipality()));
        return "exchange/expression/show";
    }

    @GetMapping("/exchange/expressions/{id}/attachments/{attachment}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachment) {
        AccountId actor = Viewing.required();
        AttachmentContent content = attachments.open(actor, new ExpressionOfInterestId(Viewing.uuid(id)),
                Viewing.uuid(attachment));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().mediaType()))
                .contentLength(content.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of(true, content.attachment().name()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content.resource());
    }

    static String name(Map<AccountId, AccountSummary> people, ProposedPractitioner practitioner) {
        AccountSummary person = people.get(practitioner.account());
        return person == null ? "" : person.displayName();
    }
}
