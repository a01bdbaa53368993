package org.collegium.exchange.web;

import java.util.Arrays;

import org.collegium.exchange.ExchangeRefusal;
import org.springframework.validation.BindingResult;

/** Puts a refusal of the exchange rules next to the form field it names, or above the form. */
final class Refusals {

    private Refusals() {
    }

    static void bind(ExchangeRefusal refusal, BindingResult result) {
        bind(refusal, refusal.field(), result);
    }

    /** Binds the refusal to the given field of the form (when a rule's field has another name on the form). */
    static void bind(ExchangeRefusal refusal, String field, BindingResult result) {
        Class<?> form = result.getTarget() == null ? Object.class : result.getTarget().getClass();
        boolean isField = field != null && form.isRecord() && Arrays.stream(form.getRecordComponents())
                .anyMatch(component -> component.getName().equals(field));
        if (isField) {
            result.rejectValue(field, refusal.code(), refusal.arguments(), refusal.code());
        } else {
            result.reject(refusal.code(), refusal.arguments(), refusal.code());
        }
    }
}
