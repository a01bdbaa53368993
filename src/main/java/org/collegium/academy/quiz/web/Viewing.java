package org.collegium.academy.quiz.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.QuizRefusal;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;

/**
 * The viewer's account for the object checks, ids in addresses, and refusals put next to the form field they name.
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

    /** Anything that is not an id names nothing (404). */
    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException("id");
        }
    }

    static void bind(QuizRefusal refusal, BindingResult result) {
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
