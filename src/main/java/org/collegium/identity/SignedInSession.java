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
        UserDetails updated = accounts.loadUserByUsername(current.email());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
