package org.collegium.exchange.practitioner.web;

import java.util.Arrays;
import java.util.Optional;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/** The viewer's account, and refusals put next to the form field they name (or above the form). */
final class Refusals {

    private Refusals() {
    }

    static Optional<AccountId> viewer() {
        return Viewers.current().flatMap(Accounts::idOf);
    }

    static AccountId signedIn() {
        return viewer().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    static void bind(ExchangeRefusal refusal, BindingResult result) {
        Class<?> form = result.getTarget() == null ? Object.class : result.getTarget().getClass();
        boolean isField = form.isRecord() && Arrays.stream(form.getRecordComponents())
                .anyMatch(component -> component.getName().equals(refusal.field()));
        if (isField) {
            result.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.code());
        } else {
            result.reject(refusal.code(), refusal.arguments(), refusal.code());
        }
    }
}
