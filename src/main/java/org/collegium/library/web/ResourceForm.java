package org.collegium.library.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.CaseSection;
import org.collegium.library.ContactPerson;
import org.collegium.library.Creator;
import org.collegium.library.LanguageVersion;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.Licence;
import org.collegium.library.Region;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceLink;
import org.collegium.network.OrganisationId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A resource's description as its form gives it. A mutable bean rather than a record: the form has repeated rows
 * (translations, creators, links) that people add and remove, which binding by index fills in place. The texts in
 * the original language are at the top; each translation is a row with its language.
 */
public class ResourceForm {

    private ResourceKind kind;
    private String network;
    private String originalLanguage;
    private String title;
    private String summary;
    private Map<String, String> sections = new HashMap<>();
    private List<TextRow> translations = new ArrayList<>();
    private List<CreatorRow> creators = new ArrayList<>();
    private String publisher;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issued;
    private Set<String> languages = new HashSet<>();
    private Set<String> countries = new HashSet<>();
    private Set<Region> regions = new HashSet<>();
    private Set<ExpertiseTopic> themes = new HashSet<>();
    private Set<Integer> sdgGoals = new HashSet<>();
    private String sdgTargets;
    private Set<Integer> sendaiPriorities = new HashSet<>();
    private Set<String> sendaiTargets = new HashSet<>();
    private Licence licence;
    private String licenceNote;
    private List<LinkRow> links = new ArrayList<>();
    private String contactName;
    private String contactFunction;
    private String contactEmail;

    /** An empty form for a new resource of this kind, with one row of each repeated part to fill. */
    static ResourceForm empty(ResourceKind kind) {
        ResourceForm form = new ResourceForm();
        form.kind = kind;
        form.creators.add(new CreatorRow());
        return form;
    }

    static ResourceForm of(ResourceDraft draft) {
        ResourceForm form = new ResourceForm();
        form.kind = draft.kind();
        form.network = draft.network().value().toString();
        form.originalLanguage = draft.originalLanguage();
        LanguageVersion original = draft.texts().get(draft.originalLanguage());
        if (original != null) {
            form.title = original.title();
            form.summary = original.summary();
            original.sections().forEach((section, text) -> form.sections.put(section.name(), text));
        }
        draft.texts().entrySet().stream().filter(text -> !text.getKey().equals(draft.originalLanguage()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(text -> form.translations.add(TextRow.of(text.getKey(), text.getValue())));
        draft.creators().forEach(creator -> form.creators.add(CreatorRow.of(creator)));
        form.publisher = draft.publisher();
        form.issued = draft.issued();
        form.languages = new HashSet<>(draft.languages());
        form.countries = new HashSet<>(draft.countries());
        form.regions = new HashSet<>(draft.regions());
        form.themes = new HashSet<>(draft.themes());
        form.sdgGoals = new HashSet<>(draft.sdgGoals());
        form.sdgTargets = String.join(", ", draft.sdgTargets().stream().sorted().toList());
        form.sendaiPriorities = new HashSet<>(draft.sendaiPriorities());
        form.sendaiTargets = new HashSet<>(draft.sendaiTargets());
        form.licence = draft.licence();
        form.licenceNote = draft.licenceNote();
        draft.links().forEach(link -> form.links.add(LinkRow.of(link)));
        ContactPerson contact = draft.contact();
        if (contact != null) {
            form.contactName = contact.name();
            form.contactFunction = contact.function();
            form.contactEmail = contact.email();
        }
        return form;
    }

    /** The description the library checks; rows left empty are skipped, a language given twice is refused. */
    ResourceDraft draft() {
        Map<String, LanguageVersion> texts = new LinkedHashMap<>();
        String original = blankToNull(originalLanguage);
        if (original != null) {
            texts.put(original, new LanguageVersion(title, summary, sectionsOf(sections)));
        }
        for (TextRow row : translations) {
            if (row.isEmpty()) {
                continue;
            }
            String language = blankToNull(row.getLanguage());
            if (language == null) {
                throw new LibraryRefusal("translations", "editorial.refusal.translationLanguage");
            }
            if (texts.containsKey(language)) {
                throw new LibraryRefusal("translations", "editorial.refusal.duplicateLanguage");
            }
            texts.put(language, new LanguageVersion(row.getTitle(), row.getSummary(), sectionsOf(row.getSections())));
        }
        List<Creator> named = creators.stream().filter(row -> !row.isEmpty()).map(CreatorRow::creator).toList();
        List<ResourceLink> related = links.stream().filter(row -> !row.isEmpty()).map(LinkRow::link).toList();
        return new ResourceDraft(kind, networkId(), original, texts, named, publisher == null ? "" : publisher,
                issued, languages, countries, regions, themes, sdgGoals, targets(), sendaiPriorities, sendaiTargets,
                licence, licenceNote, related, new ContactPerson(contactName, contactFunction, contactEmail));
    }

    /** Adds an empty row to a repeated part ({@code translation}, {@code creator}, {@code link}). */
    void addRow(String part) {
        switch (part == null ? "" : part) {
            case "translation" -> translations.add(new TextRow());
            case "creator" -> creators.add(new CreatorRow());
            case "link" -> links.add(new LinkRow());
            default -> { }
        }
    }

    /** Removes a row named like {@code creator:2}; an unreadable name changes nothing. */
    void removeRow(String row) {
        String[] parts = row == null ? new String[0] : row.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return;
        }
        int index = Integer.parseInt(parts[1]);
        List<?> rows = switch (parts[0]) {
            case "translation" -> translations;
            case "creator" -> creators;
            case "link" -> links;
            default -> List.of();
        };
        if (index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Unlinks a creator row named like {@code creator:2} from the directory, keeping its name as typed. */
    void unlinkRow(String row) {
        String[] parts = row == null ? new String[0] : row.split(":");
        if (parts.length == 2 && "creator".equals(parts[0]) && parts[1].matches("\\d{1,3}")
                && Integer.parseInt(parts[1]) < creators.size()) {
            creators.get(Integer.parseInt(parts[1])).unlink();
        }
    }

    private Set<String> targets() {
        if (sdgTargets == null || sdgTargets.isBlank()) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        Arrays.stream(sdgTargets.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toLowerCase(java.util.Locale.ROOT)).forEach(codes::add);
        return codes;
    }

    private OrganisationId networkId() {
        try {
            return network == null || network.isBlank() ? null : new OrganisationId(UUID.fromString(network.strip()));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    static Map<CaseSection, String> sectionsOf(Map<String, String> texts) {
        Map<CaseSection, String> bodies = new EnumMap<>(CaseSection.class);
        if (texts != null) {
            for (CaseSection section : CaseSection.values()) {
                String text = texts.get(section.name());
                if (text != null && !text.isBlank()) {
                    bodies.put(section, text);
                }
            }
        }
        return bodies;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(String originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }

    public List<TextRow> getTranslations() {
        return translations;
    }

    public void setTranslations(List<TextRow> translations) {
        this.translations = translations;
    }

    public List<CreatorRow> getCreators() {
        return creators;
    }

    public void setCreators(List<CreatorRow> creators) {
        this.creators = creators;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public LocalDate getIssued() {
        return issued;
    }

    public void setIssued(LocalDate issued) {
        this.issued = issued;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<String> languages) {
        this.languages = languages;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public void setRegions(Set<Region> regions) {
        this.regions = regions;
    }

    public Set<ExpertiseTopic> getThemes() {
        return themes;
    }

    public void setThemes(Set<ExpertiseTopic> themes) {
        this.themes = themes;
    }

    public Set<Integer> getSdgGoals() {
        return sdgGoals;
    }

    public void setSdgGoals(Set<Integer> sdgGoals) {
        this.sdgGoals = sdgGoals;
    }

    public String getSdgTargets() {
        return sdgTargets;
    }

    public void setSdgTargets(String sdgTargets) {
        this.sdgTargets = sdgTargets;
    }

    public Set<Integer> getSendaiPriorities() {
        return sendaiPriorities;
    }

    public void setSendaiPriorities(Set<Integer> sendaiPriorities) {
        this.sendaiPriorities = sendaiPriorities;
    }

    public Set<String> getSendaiTargets() {
        return sendaiTargets;
    }

    public void setSendaiTargets(Set<String> sendaiTargets) {
        this.sendaiTargets = sendaiTargets;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getLicenceNote() {
        return licenceNote;
    }

    public void setLicenceNote(String licenceNote) {
        this.licenceNote = licenceNote;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public void setLinks(List<LinkRow> links) {
        this.links = links;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public void setContactFunction(String contactFunction) {
        this.contactFunction = contactFunction;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
