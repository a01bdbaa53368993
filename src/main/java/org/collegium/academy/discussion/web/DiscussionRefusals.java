package org.collegium.academy.discussion.web;

import java.util.Arrays;

import org.collegium.academy.DiscussionRefusal;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal of the discussion rules next to the form field it names, or above the form.
 */
final class DiscussionRefusals {

    private DiscussionRefusals() {
    }

    static void bind(DiscussionRefusal refusal, BindingResult result) {
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
