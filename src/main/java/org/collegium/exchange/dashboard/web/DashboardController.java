package org.collegium.exchange.dashboard.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.dashboard.DashboardView;
import org.collegium.exchange.dashboard.RequestState;
import org.collegium.exchange.dashboard.SecretariatDashboard;
import org.collegium.network.Countries;
import org.collegium.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The secretariat's dashboard of a programme: where its requests stand, its budget, the countries reached. */
@Controller
class DashboardController {

    private static final List<String> HEADERS = List.of("title", "country", "filed", "expressions", "state",
            "matched", "days-to-match");

    private final SecretariatDashboard dashboard;
    private final Programmes programmes;
    private final MessageSource messages;

    DashboardController(SecretariatDashboard dashboard, Programmes programmes, MessageSource messages) {
        this.dashboard = dashboard;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/exchange/programmes/{id}/dashboard")
    String dashboard(@PathVariable String id, Model model, Locale locale) {
        DashboardView view = dashboard.of(SignedIn.account(), programme(id));
        model.addAttribute("view", view);
        model.addAttribute("states", RequestState.values());
        model.addAttribute("countriesReached", Countries.named(view.countriesReached(), locale));
        model.addAttribute("countryNames", view.requests().stream().map(request -> request.country()).distinct()
                .collect(java.util.stream.Collectors.toMap(code -> code, code -> Countries.name(code, locale))));
        return "exchange/dashboard/dashboard";
    }

    @GetMapping("/exchange/programmes/{id}/dashboard.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id, Locale locale) {
        ProgrammeId programme = programme(id);
        List<String> headers = HEADERS.stream()
                .map(header -> messages.getMessage("exchanges.dashboard.csv." + header, null, locale)).toList();
        Map<RequestState, String> states = new EnumMap<>(RequestState.class);
        Arrays.stream(RequestState.values()).forEach(state -> states.put(state,
                messages.getMessage("exchanges.dashboard.state." + state.name(), null, locale)));
        return dashboard.csv(SignedIn.account(), programme, headers, states)
                .download("dashboard-" + programme.value() + ".csv");
    }

    /** The programme named by the address: an unknown one is 404 before anyone's rights are asked. */
    private ProgrammeId programme(String id) {
        try {
            ProgrammeId programme = new ProgrammeId(UUID.fromString(id));
            programmes.get(programme);
            return programme;
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("programme");
        }
    }
}
