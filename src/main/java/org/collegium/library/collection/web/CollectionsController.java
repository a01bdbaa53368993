package org.collegium.library.collection.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.collection.CollectionId;
import org.collegium.library.collection.CollectionView;
import org.collegium.library.collection.LibraryCollections;
import org.collegium.library.web.CurrentAccount;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Collections: the public list and pages, and the editing pages of a network's library editors (texts, adding a
 * resource by its address, removing and reordering with plain forms).
 */
@Controller
class CollectionsController {

    private static final Pattern UUID_IN_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final LibraryCollections collections;
    private final Directory directory;
    private final Roles roles;

    CollectionsController(LibraryCollections collections, Directory directory, Roles roles) {
        this.collections = collections;
        this.directory = directory;
        this.roles = roles;
    }

    @GetMapping("/library/collections")
    String list(Model model) {
        List<CollectionView> all = collections.all();
        Map<OrganisationId, OrganisationSummary> networks = directory.findAll(
                all.stream().map(CollectionView::network).collect(Collectors.toSet()));
        model.addAttribute("collections", all);
        model.addAttribute("networks", networks);
        model.addAttribute("counts", collections.publishedCounts(all));
        model.addAttribute("editable", CurrentAccount.optional()
                .map(actor -> directory.findAll(roles.scopesOf(actor, Role.LIBRARY_EDITOR).stream()
                        .map(OrganisationId::new).collect(Collectors.toSet())).values().stream()
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList())
                .orElse(List.of()));
        return "library/collections/list";
    }

    @GetMapping("/library/collections/{id}")
    String show(@PathVariable String id, Model model) {
        CollectionView collection = collections.read(collectionId(id));
        model.addAttribute("collection", collection);
        model.addAttribute("network", directory.find(collection.network()).orElse(null));
        model.addAttribute("resources", collections.publishedIn(collection));
        model.addAttribute("mayEdit", CurrentAccount.optional()
                .map(actor -> collections.mayEdit(actor, collection.network())).orElse(false));
        return "library/collections/show";
    }

    @GetMapping("/library/collections/new")
    String create(@RequestParam String network, Locale locale, Model model) {
        AccountId actor = CurrentAccount.required();
        OrganisationSummary found = network(network);
        if (!collections.mayEdit(actor, found.id())) {
            throw new AccessDeniedException("not a library editor of " + found.id().value());
        }
        model.addAttribute("form", CollectionForm.empty(language(locale)));
        return newPage(found, model);
    }

    @PostMapping("/library/collections")
    String create(@RequestParam String network, @ModelAttribute("form") CollectionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountId actor = CurrentAccount.required();
        OrganisationSummary found = network(network);
        try {
            CollectionId id = collections.create(actor, found.id(), form.texts());
            Flash.success(redirect, "librarycollections.flash.created");
            return "redirect:/library/collections/" + id + "/edit";
        } catch (LibraryRefusal refusal) {
            reject(errors, refusal, response);
            return newPage(found, model);
        }
    }

    @GetMapping("/library/collections/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        AccountId actor = CurrentAccount.required();
        CollectionId collection = collectionId(id);
        model.addAttribute("form", CollectionForm.of(collections.textsOf(actor, collection)));
        return editPage(actor, collection, model);
    }

    @PostMapping("/library/collections/{id}")
    String revise(@PathVariable String id, @ModelAttribute("form") CollectionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountId actor = CurrentAccount.required();
        CollectionId collection = collectionId(id);
        try {
            collections.revise(actor, collection, form.texts());
        } catch (LibraryRefusal refusal) {
            reject(errors, refusal, response);
            return editPage(actor, collection, model);
        }
        Flash.success(redirect, "librarycollections.flash.saved");
        return "redirect:/library/collections/" + collection + "/edit";
    }

    @PostMapping("/library/collections/{id}/resources")
    String add(@PathVariable String id, @RequestParam(defaultValue = "") String address, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AccountId actor = CurrentAccount.required();
        CollectionId collection = collectionId(id);
        try {
            collections.add(actor, collection, resourceIn(address));
        } catch (LibraryRefusal refusal) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", CollectionForm.of(collections.textsOf(actor, collection)));
            model.addAttribute("addProblem", refusal);
            model.addAttribute("address", address);
            return editPage(actor, collection, model);
        }
        Flash.success(redirect, "librarycollections.flash.added");
        return "redirect:/library/collections/" + collection + "/edit";
    }

    @PostMapping("/library/collections/{id}/resources/{resource}/{action:remove|up|down}")
    String change(@PathVariable String id, @PathVariable String resource, @PathVariable String action,
            RedirectAttributes redirect) {
        AccountId actor = CurrentAccount.required();
        CollectionId collection = collectionId(id);
        ResourceId item = new ResourceId(uuid(resource));
        if (action.equals("remove")) {
            collections.remove(actor, collection, item);
            Flash.success(redirect, "librarycollections.flash.removed");
        } else {
            collections.move(actor, collection, item, action.equals("up"));
            Flash.success(redirect, "librarycollections.flash.moved");
        }
        return "redirect:/library/collections/" + collection + "/edit";
    }

    private String newPage(OrganisationSummary network, Model model) {
        model.addAttribute("network", network);
        model.addAttribute("languages", List.of("en", "fr", "es"));
        return "library/collections/new";
    }

    private String editPage(AccountId actor, CollectionId id, Model model) {
        CollectionView collection = collections.read(id);
        model.addAttribute("collection", collection);
        model.addAttribute("network", directory.find(collection.network()).orElse(null));
        model.addAttribute("resources", collections.allIn(actor, collection));
        model.addAttribute("languages", List.of("en", "fr", "es"));
        return "library/collections/edit";
    }

    private static void reject(BindingResult errors, LibraryRefusal refusal, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        String field = CollectionForm.field(refusal.field());
        if (field != null && Set.of("originalLanguage", "titleEn", "descriptionEn", "titleFr", "descriptionFr",
                "titleEs", "descriptionEs").contains(field)) {
            errors.rejectValue(field, refusal.code(), refusal.arguments(), refusal.code());
        } else {
            errors.reject(refusal.code(), refusal.arguments(), refusal.code());
        }
    }

    private OrganisationSummary network(String slug) {
        return directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    private static ResourceId resourceIn(String address) {
        Matcher matcher = UUID_IN_TEXT.matcher(address);
        Optional<String> last = Optional.empty();
        while (matcher.find()) {
            last = Optional.of(matcher.group());
        }
        return last.map(text -> new ResourceId(UUID.fromString(text)))
                .orElseThrow(() -> new LibraryRefusal("resource", "librarycollections.refusal.address"));
    }

    private static String language(Locale locale) {
        return Set.of("en", "fr", "es").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    private static CollectionId collectionId(String id) {
        return new CollectionId(uuid(id));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("collection");
        }
    }
}
