package org.collegium.network.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Makes the organisation a member of another one, named by its address in the directory.
 */
public record MembershipForm(
        @NotBlank(message = "{network.membership.parent.required}") @Size(max = 80, message = "{network.membership.parent.unknown}") String parent,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
}
