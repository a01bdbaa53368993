package org.collegium.academy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.web.AcademyResources.AcademyDetails;
import org.collegium.academy.web.AcademyResources.AcademyListItem;
import org.collegium.academy.web.AcademyResources.StaffMemberResource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Academies, read-only, as JSON. The staff list is private to the academy's administrators.
 */
@RestController
@RequestMapping(path = "/api/v1/academies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Academies", description = "The academies of the network, their languages and their staff")
class AcademyApiController {

    private final Academies academies;
    private final AcademyStaff staff;

    AcademyApiController(Academies academies, AcademyStaff staff) {
        this.academies = academies;
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "All academies, by name")
    @ApiResponse(responseCode = "200", description = "The academies")
    List<AcademyListItem> list() {
        return academies.findAll().stream().map(AcademyResources::item).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One academy", description = "The description is given in the first language of "
            + "Accept-Language it is written in; `fallback` says when it is in another language")
    @ApiResponse(responseCode = "200", description = "The academy")
    @ApiResponse(responseCode = "404", description = "No academy at this address",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    AcademyDetails details(@Parameter(description = "The academy's address, e.g. nalas") @PathVariable String slug,
            HttpServletRequest request) {
        return AcademyResources.details(academies.get(slug), request);
    }

    @GetMapping("/{slug}/staff")
    @Operation(summary = "The academy's administrators and facilitators",
            description = "Only for the academy's administrators and platform administrators")
    @ApiResponse(responseCode = "200", description = "The staff")
    @ApiResponse(responseCode = "403", description = "Not an administrator of this academy",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No academy at this address",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    List<StaffMemberResource> staff(@PathVariable String slug) {
        AcademySummary academy = academies.get(slug);
        return staff.staffOf(CurrentAccount.optional().orElse(null), academy.id()).stream()
                .map(AcademyResources::staff).toList();
    }
}
