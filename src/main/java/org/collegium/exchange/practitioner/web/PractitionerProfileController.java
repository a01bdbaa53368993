package org.collegium.exchange.practitioner.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.exchange.practitioner.Practitioners;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Practitioner profiles: the signed-in person's own, and, for an organisation's focal point, the list of its
 * practitioners and the profile of each member. "Add a row" re-shows the form with one more blank row, unsaved.
 */
@Controller
class PractitionerProfileController {

    private static final String MINE = "/account/practitioner";
    private static final String ORGANISATION = "/directory/{slug}/practitioners";

    private final Practitioners practitioners;
    private final Directory directory;
    private final Accounts accounts;
    private final VocabularyWords words;

    PractitionerProfileController(Practitioners practitioners, Directory directory, Accounts accounts,
            VocabularyWords words) {
        this.practitioners = practitioners;
        this.directory = directory;
        this.accounts = accounts;
        this.words = words;
    }

    @GetMapping(MINE)
    String mine(Model model, Locale locale) {
        AccountId actor = Refusals.signedIn();
        List<OrganisationSummary> governments = practitioners.governmentsOf(actor);
        ProfileForm form = practitioners.find(actor).map(ProfileForm::of).orElseGet(() -> ProfileForm.empty(
                governments.isEmpty() ? null : governments.getFirst().id()));
        return page(model, locale, form, governments, MINE, null, null);
    }

    @PostMapping(MINE)
    String saveMine(@ModelAttribute("form") ProfileForm form, BindingResult result,
            @RequestParam(required = false) String action, Model model, Locale locale, RedirectAttributes redirect) {
        AccountId actor = Refusals.signedIn();
        String saved = save(actor, actor, form, result, action, redirect, MINE);
        return saved != null ? saved
                : page(model, locale, again(form, result), practitioners.governmentsOf(actor), MINE, null, null);
    }

    @GetMapping(ORGANISATION)
    String ofOrganisation(@PathVariable String slug, Model model, Locale locale) {
        AccountId actor = Refusals.signedIn();
        OrganisationSummary organisation = directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        List<PractitionerView> people = practitioners.ofOrganisation(actor, organisation.id());
        List<AccountSummary> withoutProfile = practitioners.membersOf(actor, organisation.id()).stream()
                .filter(member -> people.stream().noneMatch(person -> person.account().equals(member.id()))).toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("practitioners", people);
        model.addAttribute("members", withoutProfile);
        model.addAttribute("words", words.in(locale));
        return "exchange/practitioner/organisation";
    }

    @GetMapping(ORGANISATION + "/{account}")
    String member(@PathVariable String slug, @PathVariable String account, Model model, Locale locale) {
        AccountId actor = Refusals.signedIn();
        OrganisationSummary organisation = focalPointOf(actor, slug);
        AccountSummary person = memberOf(organisation, account);
        ProfileForm form = practitioners.find(person.id()).map(ProfileForm::of)
                .orElseGet(() -> ProfileForm.empty(organisation.id()));
        return page(model, locale, form, List.of(organisation), path(organisation, person), person, organisation);
    }

    @PostMapping(ORGANISATION + "/{account}")
    String saveMember(@PathVariable String slug, @PathVariable String account,
            @ModelAttribute("form") ProfileForm form, BindingResult result,
            @RequestParam(required = false) String action, Model model, Locale locale, RedirectAttributes redirect) {
        AccountId actor = Refusals.signedIn();
        OrganisationSummary organisation = focalPointOf(actor, slug);
        AccountSummary person = memberOf(organisation, account);
        String saved = save(actor, person.id(), form, result, action, redirect,
                ORGANISATION.replace("{slug}", organisation.slug()));
        return saved != null ? saved : page(model, locale, again(form, result), List.of(organisation),
                path(organisation, person), person, organisation);
    }

    /** Saves and redirects, or returns null to show the form again (more rows asked for, or refused). */
    private String save(AccountId actor, AccountId person, ProfileForm form, BindingResult result, String action,
            RedirectAttributes redirect, String then) {
        if ("more".equals(action) || result.hasErrors()) {
            return null;
        }
        try {
            practitioners.save(actor, person, form.toProfile());
            Flash.success(redirect, "practitioner.profile.saved");
            return "redirect:" + then;
        } catch (ExchangeRefusal refusal) {
            Refusals.bind(refusal, result);
            return null;
        }
    }

    /**
     * The form shown again with one blank row more; its errors move with it, since the model drops a binding result
     * whose form is replaced.
     */
    private static BindingResult again(ProfileForm form, BindingResult result) {
        BindingResult moved = new BeanPropertyBindingResult(form.withBlankRows(), "form");
        moved.addAllErrors(result);
        return moved;
    }

    private OrganisationSummary focalPointOf(AccountId actor, String slug) {
        OrganisationSummary organisation = directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        if (!practitioners.isFocalPoint(actor, organisation.id())) {
            throw new AccessDeniedException("only the focal point of " + slug);
        }
        return organisation;
    }

    private AccountSummary memberOf(OrganisationSummary organisation, String account) {
        UUID id;
        try {
            id = UUID.fromString(account);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("member");
        }
        AccountId person = new AccountId(id);
        if (!isMember(person, organisation.id())) {
            throw new NotFoundException("member");
        }
        return accounts.find(person).orElseThrow(() -> new NotFoundException("member"));
    }

    private boolean isMember(AccountId person, OrganisationId organisation) {
        return practitioners.governmentsOf(person).stream().anyMatch(found -> found.id().equals(organisation));
    }

    private static String path(OrganisationSummary organisation, AccountSummary person) {
        return ORGANISATION.replace("{slug}", organisation.slug()) + "/" + person.id().value();
    }

    private String page(Model model, Locale locale, ProfileForm form, List<OrganisationSummary> governments,
            String action, AccountSummary person, OrganisationSummary organisation) {
        model.addAttribute("form", form);
        return page(model, locale, governments, action, person, organisation);
    }

    private String page(Model model, Locale locale, BindingResult shown, List<OrganisationSummary> governments,
            String action, AccountSummary person, OrganisationSummary organisation) {
        model.addAttribute("form", shown.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
        return page(model, locale, governments, action, person, organisation);
    }

    private String page(Model model, Locale locale, List<OrganisationSummary> governments, String action,
            AccountSummary person, OrganisationSummary organisation) {
        model.addAttribute("words", words.in(locale));
        model.addAttribute("governments", governments);
        model.addAttribute("action", action);
        model.addAttribute("person", person);
        model.addAttribute("organisation", organisation);
        return "exchange/practitioner/profile";
    }
}
