package org.collegium.exchange.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.expression.ExpressionsOfInterest;
import org.collegium.exchange.expression.LanguageSkill;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.exchange.expression.SubmittedExpression;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.SpokenLanguage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted expressions of interest of a request, ranked by {@link Ranking} like the registry: each proposed
 * practitioner is a candidate as the expression describes them (function, languages, international experience),
 * available over the dates the municipality offers and offering its method, with the topics of their profile when
 * they have one; an expression ranks by its best practitioner.
 */
@Service
@Transactional(readOnly = true)
public class ExpressionMatching {

    private final ExpressionsOfInterest expressions;
    private final ExpertiseRequests requests;
    private final Practitioners practitioners;
    private final Vocabulary vocabulary;
    private final Accounts accounts;
    private final Matching matching;

    ExpressionMatching(ExpressionsOfInterest expressions, ExpertiseRequests requests, Practitioners practitioners,
            Vocabulary vocabulary, Accounts accounts, Matching matching) {
        this.expressions = expressions;
        this.requests = requests;
        this.practitioners = practitioners;
        this.vocabulary = vocabulary;
        this.accounts = accounts;
        this.matching = matching;
    }

    /** The request's submitted expressions, best first: for the secretariat of its programme. */
    public List<ExpressionMatch> forRequest(AccountId actor, ExpertiseRequestId id) {
        ExpertiseRequestView request = requests.get(id);
        if (!matching.isSecretariat(actor, request.programme())) {
            throw new AccessDeniedException("only the programme's secretariat ranks its expressions of interest");
        }
        List<SubmittedExpression> answers = expressions.submittedOfCall(request.call()).stream()
                .filter(expression -> expression.request().equals(id)).toList();
        Map<AccountId, AccountSummary> names = accounts.findAll(answers.stream()
                .flatMap(expression -> expression.practitioners().stream()).map(ProposedPractitioner::account).toList());
        Candidates candidates = new Candidates(vocabulary.functions());
        Map<String, PractitionerView> people = new LinkedHashMap<>();
        Map<String, SubmittedExpression> expressionOf = new LinkedHashMap<>();
        List<Candidate> all = new ArrayList<>();
        for (SubmittedExpression expression : answers) {
            for (int index = 0; index < expression.practitioners().size(); index++) {
                String key = expression.id().value() + "/" + index;
                PractitionerView person = described(expression, expression.practitioners().get(index), names);
                Candidate candidate = candidates.candidate(person);
                all.add(new Candidate(key, candidate.name(), candidate.function(), candidate.family(),
                        candidate.topics(), candidate.languages(), candidate.availability(),
                        expression.method() == null ? Set.of() : Set.of(expression.method()),
                        candidate.internationalExperience()));
                people.put(key, person);
                expressionOf.put(key, expression);
            }
        }
        Map<SubmittedExpression, ExpressionMatch> best = new LinkedHashMap<>();
        for (Match match : Ranking.rank(candidates.need(request), all)) {
            String key = match.candidate().id();
            best.putIfAbsent(expressionOf.get(key), new ExpressionMatch(expressionOf.get(key),
                    new PractitionerMatch(people.get(key), match)));
        }
        return List.copyOf(best.values());
    }

    /** The practitioner as the expression describes them, with their profile's topics when they have a profile. */
    private PractitionerView described(SubmittedExpression expression, ProposedPractitioner proposed,
            Map<AccountId, AccountSummary> names) {
        Set<String> topics = practitioners.find(proposed.account()).map(PractitionerView::topics).orElse(Set.of());
        List<Availability> offered = expression.offeredFrom() == null || expression.offeredTo() == null ? List.of()
                : List.of(new Availability(expression.offeredFrom(), expression.offeredTo()));
        AccountSummary account = names.get(proposed.account());
        return new PractitionerView(proposed.account(), account == null ? proposed.jobTitle() : account.displayName(),
                expression.municipality(), expression.municipalityCountry(), proposed.jobTitle(), proposed.function(),
                proposed.responsibilities(), topics, proposed.languages().stream().map(ExpressionMatching::language)
                        .collect(Collectors.toList()), proposed.internationalExperience(), offered);
    }

    private static SpokenLanguage language(LanguageSkill skill) {
        return new SpokenLanguage(skill.language(), skill.level());
    }
}
