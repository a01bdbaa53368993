package org.collegium.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.collegium.shared.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reloads the signed-in principal after a change to the account (name, language, zone, roles), and stores it in
 * the session so that the change applies from the next page on, on any node.
 */
@Component
public class SignedInSession {

    private final UserDetailsService accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSession(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public void refresh(Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        if (!(viewer instanceof SignedInAccount current)) {
            return;
        }
        store(accounts.loadUserByUsername(current.email()), request, response);
    }

    /**
     * Replaces the principal of the request being served (if any) by the given one, in the session too.
     * For facades called from a request that cannot pass it along.
     */
    void replaceInCurrentRequest(SignedInAccount updated) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            store(updated, attributes.getRequest(), attributes.getResponse());
        } else {
            holder.setContext(contextOf(updated));
        }
    }

    private void store(UserDetails updated, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = contextOf(updated);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }

    private SecurityContext contextOf(UserDetails principal) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        return context;
    }
}
