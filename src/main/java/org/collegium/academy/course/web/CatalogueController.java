package org.collegium.academy.course.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CatalogueQuery;
import org.collegium.academy.CatalogueSort;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Courses;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.web.Htmx;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The course catalogues: one across every academy, and each academy's own. One address, two renderings: the whole
 * page, or only the results for htmx.
 */
@Controller
class CatalogueController {

    static final int PAGE_SIZE = 20;

    private final Courses courses;
    private final CourseRuns runs;
    private final Academies academies;

    CatalogueController(Courses courses, CourseRuns runs, Academies academies) {
        this.courses = courses;
        this.runs = runs;
        this.academies = academies;
    }

    @GetMapping("/courses")
    String all(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "academy", required = false) String academy,
            @RequestParam(name = "theme", required = false) String theme,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "sdg", required = false) String sdg,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") int page,
            HttpServletRequest request, Locale locale, Model model) {
        List<AcademySummary> all = academies.findAll();
        AcademySummary chosen = academy == null ? null
                : all.stream().filter(candidate -> candidate.slug().equals(academy)).findFirst().orElse(null);
        CatalogueQuery query = new CatalogueQuery(text, chosen == null ? null : chosen.id(),
                parse(ExpertiseTopic.class, theme), known(language), parse(CourseFormat.class, format), number(sdg),
                parse(CatalogueSort.class, sort));
        model.addAttribute("academies", all);
        model.addAttribute("academySlug", chosen == null ? "" : chosen.slug());
        return render(query, null, page, "/courses", request, model);
    }

    @GetMapping("/academies/{slug}/courses")
    String ofAcademy(@PathVariable String slug, @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "theme", required = false) String theme,
            @RequestParam(name = "language", required = false) String language,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "sdg", required = false) String sdg,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        AcademySummary academy = academies.get(slug);
        CatalogueQuery query = new CatalogueQuery(text, academy.id(), parse(ExpertiseTopic.class, theme),
                known(language), parse(CourseFormat.class, format), number(sdg), parse(CatalogueSort.class, sort));
        model.addAttribute("academySlug", academy.slug());
        return render(query, academy, page, "/academies/" + academy.slug() + "/courses", request, model);
    }

    private String render(CatalogueQuery query, AcademySummary academy, int page, String path,
            HttpServletRequest request, Model model) {
        Page<CourseSummary> results = courses.catalogue(query, page, PAGE_SIZE);
        List<CourseId> ids = results.getContent().stream().map(CourseSummary::id).toList();
        model.addAttribute("query", query);
        model.addAttribute("academy", academy);
        model.addAttribute("action", path);
        model.addAttribute("results", results);
        model.addAttribute("nextRuns", runs.nextRuns(ids));
        model.addAttribute("pageLink", pageLink(path, query, model.getAttribute("academySlug"), academy == null));
        model.addAttribute("themes", ExpertiseTopic.values());
        model.addAttribute("formats", CourseFormat.values());
        model.addAttribute("sorts", CatalogueSort.values());
        model.addAttribute("goals", IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("languages", ContentLanguages.CODES.stream()
                .map(code -> new Language(code, ContentLanguages.nativeName(code))).toList());
        return Htmx.view(request, "academy/course/catalogue", "results");
    }

    private static String pageLink(String path, CatalogueQuery query, Object academySlug, boolean global) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (!query.text().isEmpty()) {
            link.queryParam("q", query.text());
        }
        if (global && academySlug != null && !academySlug.toString().isEmpty()) {
            link.queryParam("academy", academySlug);
        }
        if (query.theme() != null) {
            link.queryParam("theme", query.theme().name());
        }
        if (query.language() != null) {
            link.queryParam("language", query.language());
        }
        if (query.format() != null) {
            link.queryParam("format", query.format().name());
        }
        if (query.sdg() != null) {
            link.queryParam("sdg", query.sdg());
        }
        link.queryParam("sort", query.sort().name());
        return link.encode().build().toUriString() + "&";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst().orElse(null);
    }

    private static String known(String language) {
        return ContentLanguages.isKnown(language) ? language : null;
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    record Language(String code, String name) {
    }
}
