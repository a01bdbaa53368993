package org.collegium.library.web;

import java.util.Arrays;
import java.util.Map;

import org.collegium.library.LibraryRefusal;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a library refusal next to the form field it names, or above the form when it names none of its fields. */
final class FormRefusals {

    /** Fields of the library's rules that the forms call otherwise. */
    private static final Map<String, String> FORM_FIELDS = Map.of("contact.email", "contactEmail", "texts",
            "translations");

    private FormRefusals() {
    }

    static void bind(LibraryRefusal refusal, BindingResult result) {
        String field = refusal.field() == null ? null : FORM_FIELDS.getOrDefault(refusal.field(), refusal.field());
        boolean isField = field != null && result.getTarget() != null && isProperty(result.getTarget(), field);
        if (isField) {
            result.rejectValue(field, refusal.code(), refusal.arguments(), refusal.code());
        } else {
            result.reject(refusal.code(), refusal.arguments(), refusal.code());
        }
    }

    private static boolean isProperty(Object form, String field) {
        if (form.getClass().isRecord()) {
            return Arrays.stream(form.getClass().getRecordComponents())
                    .anyMatch(component -> component.getName().equals(field));
        }
        return new BeanWrapperImpl(form).isReadableProperty(field);
    }
}
