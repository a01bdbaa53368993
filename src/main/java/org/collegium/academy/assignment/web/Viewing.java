package org.collegium.academy.assignment.web;

import java.util.Arrays;
import java.util.Optional;

import org.collegium.academy.AcademyRefusal;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/**
 * The viewer's account for the object checks, and refusals put next to the form field they name.
 */
final class Viewing {

    private Viewing() {
    }

    static Optional<AccountId> account() {
        return Viewers.current().flatMap(Accounts::idOf);
    }

    static AccountId required() {
        return account().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    static void bind(AcademyRefusal refusal, BindingResult result) {
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
