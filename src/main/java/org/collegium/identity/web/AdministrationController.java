package org.collegium.identity.web;

import java.util.List;
import java.util.UUID;

import org.collegium.identity.AccountAdministration;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountRefusal;
import org.collegium.identity.AdministeredAccount;
import org.collegium.identity.Accounts;
import org.collegium.identity.AuditEntryView;
import org.collegium.identity.AuditLog;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Platform administration: the index of every module's administration pages, accounts and the audit log.
 * The web shell lets only platform administrators in; the facades check again.
 */
@Controller
class AdministrationController {

    /**
     * Message keys of the index links: "<module>.admin.link.<name>" with its ".href" and ".text" keys, in the bundle
     * of the module that owns the page.
     */
    static final List<String> LINKS = List.of("identity.admin.link.accounts", "identity.admin.link.audit",
            "academy.admin.link.academies", "network.admin.link.new-organisation");

    private final AccountAdministration administration;
    private final AuditLog auditLog;
    private final Accounts accounts;

    AdministrationController(AccountAdministration administration, AuditLog auditLog, Accounts accounts) {
        this.administration = administration;
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("links", LINKS);
        return "identity/admin/index";
    }

    @GetMapping("/admin/accounts")
    String accounts(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Page<AdministeredAccount> found = administration.search(me(), query, page);
        model.addAttribute("q", query);
        model.addAttribute("accounts", found);
        model.addAttribute("me", me().value());
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/accounts").queryParam("q", query)
                .build().encode().toUriString() + "&");
        return "identity/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/platform-administrator")
    String grant(@PathVariable UUID id, @RequestParam(name = "q", defaultValue = "") String query,
            RedirectAttributes redirect) {
        administration.grantPlatformAdministrator(me(), new AccountId(id));
        Flash.success(redirect, "identity.admin.accounts.granted");
        return backToAccounts(query, redirect);
    }

    @PostMapping("/admin/accounts/{id}/platform-administrator/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(name = "q", defaultValue = "") String query,
            RedirectAttributes redirect) {
        try {
            administration.revokePlatformAdministrator(me(), new AccountId(id));
            Flash.success(redirect, "identity.admin.accounts.revoked");
        } catch (AccountRefusal refusal) {
            Flash.error(redirect, refusal.code());
        }
        return backToAccounts(query, redirect);
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Page<AuditEntryView> entries = auditLog.entries(action, page);
        model.addAttribute("entries", entries);
        model.addAttribute("actors", accounts.findAll(entries.stream().map(AuditEntryView::actor)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("actions", auditLog.actions());
        model.addAttribute("action", action);
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/audit").queryParam("action", action)
                .build().encode().toUriString() + "&");
        return "identity/admin/audit";
    }

    private static String backToAccounts(String query, RedirectAttributes redirect) {
        redirect.addAttribute("q", query);
        return "redirect:/admin/accounts";
    }

    private static AccountId me() {
        return Viewers.current().map(viewer -> new AccountId(viewer.accountId()))
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
