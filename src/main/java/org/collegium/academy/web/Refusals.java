package org.collegium.academy.web;

import java.util.Arrays;

import org.collegium.academy.AcademyRefusal;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal of the academy's rules next to the form field it names, or above the form.
 */
final class Refusals {

    private Refusals() {
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
