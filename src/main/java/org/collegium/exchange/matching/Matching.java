package org.collegium.exchange.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.exchange.ExpertiseRequestId;
import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.ExpertiseRequests;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.RequestFilter;
import org.collegium.exchange.Vocabulary;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerQuery;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching on real data, ranked by {@link Ranking}. The candidates of a request are the registry's practitioners of
 * the programme's expertise countries who are colleagues: their function is of a family sought (same function or
 * comparable responsibilities) or they know the request's topic; that condition, and the countries, are filtered
 * in SQL. Languages, availability and international experience only rank, never filter. A request's expressions
 * of interest are ranked the same way by {@link ExpressionMatching}.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

    private final Practitioners practitioners;
    private final ExpertiseRequests requests;
    private final Programmes programmes;
    private final Vocabulary vocabulary;
    private final Roles roles;

    Matching(Practitioners practitioners, ExpertiseRequests requests, Programmes programmes, Vocabulary vocabulary,
            Roles roles) {
        this.practitioners = practitioners;
        this.requests = requests;
        this.programmes = programmes;
        this.vocabulary = vocabulary;
        this.roles = roles;
    }

    /** The ranked candidates of a request, for the secretariat of its programme. */
    public List<PractitionerMatch> candidatesFor(AccountId actor, ExpertiseRequestId id) {
        ExpertiseRequestView request = requests.get(id);
        requireSecretariat(actor, request.programme());
        ProgrammeView programme = programmes.get(request.programme());
        Candidates candidates = new Candidates(vocabulary.functions());
        Need need = candidates.need(request);
        Map<String, PractitionerView> found = new LinkedHashMap<>();
        Set<String> colleagues = candidates.functionsOf(need.families());
        if (!colleagues.isEmpty()) {
            found.putAll(Candidates.byId(practitioners.search(new PractitionerQuery(colleagues, null, null,
                    programme.expertiseCountries(), null, null))));
        }
        if (need.topic() != null) {
            found.putAll(Candidates.byId(practitioners.search(new PractitionerQuery(Set.of(), need.topic(), null,
                    programme.expertiseCountries(), null, null))));
        }
        return rank(candidates, need, found.values());
    }

    /** Whether the actor may see the candidates of requests of this programme. */
    public boolean isSecretariat(AccountId actor, ProgrammeId programme) {
        return actor != null && roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value());
    }

    /**
     * The open requests the organisation's practitioners fit, best fit first (then title), each with those
     * practitioners ranked; only requests of programmes for which the organisation's country offers expertise.
     */
    public List<RequestFit> requestsFor(AccountId actor, OrganisationId organisation) {
        List<PractitionerView> people = practitioners.ofOrganisation(actor, organisation);
        if (people.isEmpty()) {
            return List.of();
        }
        Candidates candidates = new Candidates(vocabulary.functions());
        Map<ProgrammeId, ProgrammeView> programmesById = new HashMap<>();
        return requests.open(RequestFilter.NONE).stream()
                .filter(request -> programmesById.computeIfAbsent(request.programme(), programmes::get)
                        .offersExpertise(people.getFirst().country()))
                .map(request -> new RequestFit(request, rank(candidates, candidates.need(request), people).stream()
                        .filter(PractitionerMatch::fits).toList()))
                .filter(fit -> !fit.practitioners().isEmpty())
                .sorted(Comparator.comparingInt(RequestFit::bestScore).reversed()
                        .thenComparing(fit -> fit.request().title(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(fit -> fit.request().id().value()))
                .toList();
    }

    /** The registry narrowed by the search and ranked as a request with the same function, topic and language. */
    public List<PractitionerMatch> searchRegistry(AccountId actor, RegistrySearch search) {
        if (!mayUseRegistry(actor)) {
            throw new AccessDeniedException("only programme secretariats search the practitioner registry");
        }
        Candidates candidates = new Candidates(vocabulary.functions());
        String family = search.family() != null ? search.family() : candidates.familyOf(search.function());
        Set<String> functions = family == null ? Set.of() : candidates.functionsOf(Set.of(family));
        if (family != null && functions.isEmpty()) {
            return List.of();
        }
        Availability window = search.availableFrom() == null || search.availableTo() == null
                || search.availableTo().isBefore(search.availableFrom()) ? null
                        : new Availability(search.availableFrom(), search.availableTo());
        List<PractitionerView> found = practitioners.search(new PractitionerQuery(functions, search.topic(),
                search.language(), search.country() == null ? Set.of() : Set.of(search.country()), window, null));
        Need need = new Need(search.function() == null ? Set.of() : Set.of(search.function()),
                family == null ? Set.of() : Set.of(family), search.topic(),
                search.language() == null ? Set.of() : Set.of(search.language()),
                window == null ? null : new Period(window.from(), window.to()), Set.of());
        return rank(candidates, need, found);
    }

    /** Programme secretariats (of any programme) and platform administrators search the registry. */
    public boolean mayUseRegistry(AccountId actor) {
        return actor != null && (roles.isPlatformAdministrator(actor)
                || !roles.scopesOf(actor, Role.PROGRAMME_SECRETARIAT).isEmpty());
    }

    private static List<PractitionerMatch> rank(Candidates candidates, Need need,
            java.util.Collection<PractitionerView> people) {
        Map<String, PractitionerView> byId = Candidates.byId(List.copyOf(people));
        return Ranking.rank(need, people.stream().map(candidates::candidate).collect(Collectors.toList())).stream()
                .map(match -> new PractitionerMatch(byId.get(match.candidate().id()), match)).toList();
    }

    private void requireSecretariat(AccountId actor, ProgrammeId programme) {
        if (!isSecretariat(actor, programme)) {
            throw new AccessDeniedException("only the secretariat of programme " + programme.value());
        }
    }
}
