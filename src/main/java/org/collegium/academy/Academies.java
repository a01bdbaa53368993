package org.collegium.academy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.identity.AccountId;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The academies: reading them for pages and the API, opening them (platform administrators) and changing their
 * settings and logo (their own administrators). Every change checks the actor against the academy it names.
 */
@Service
@Transactional(readOnly = true)
public class Academies {

    private final AcademyRepository academies;
    private final AcademyLogoRepository logos;
    private final Directory directory;
    private final AcademyAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Academies(AcademyRepository academies, AcademyLogoRepository logos, Directory directory, AcademyAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.academies = academies;
        this.logos = logos;
        this.directory = directory;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Every academy, by name, with its organisation: a fixed number of queries whatever their number. */
    public List<AcademySummary> findAll() {
        return summaries(academies.findAllWithTexts());
    }

    public Optional<AcademySummary> findBySlug(String slug) {
        return academies.findBySlug(slug).map(academy -> summaries(List.of(academy)).getFirst());
    }

    public Optional<AcademySummary> find(AcademyId id) {
        return academies.findById(id.value()).map(academy -> summaries(List.of(academy)).getFirst());
    }

    /** The academy at this address, or a 404. */
    public AcademySummary get(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("academy"));
    }

    public Optional<AcademyLogoFile> logo(String slug) {
        return academies.findBySlug(slug).flatMap(academy -> logos.findById(academy.id().value()))
                .map(AcademyLogo::toFile);
    }

    /** Opens an academy. Only platform administrators may. */
    @Transactional
    public AcademyId create(AccountId actor, NewAcademy request) {
        access.checkPlatformAdministrator(Optional.ofNullable(actor));
        return establish(actor, request);
    }

    /** Opens an academy on behalf of the actor, or of the system when the actor is null (demo data). */
    @Transactional
    AcademyId establish(AccountId actor, NewAcademy request) {
        AcademySlug slug = new AcademySlug(request.slug() == null ? null : request.slug().strip());
        if (academies.existsBySlug(slug.value())) {
            throw new AcademyRefusal("slug", "academy.slug.taken", slug.value());
        }
        OrganisationSummary organisation = Optional.ofNullable(request.organisation()).flatMap(directory::find)
                .orElseThrow(() -> new AcademyRefusal("organisation", "academy.organisation.unknown"));
        Academy academy = new Academy(slug, request.name(), organisation.id(), request.language(),
                request.languages(), new AccentColour(request.accentColour()), clock.instant());
        academy.describe(request.language(), request.description());
        try {
            academies.saveAndFlush(academy);
        } catch (DataIntegrityViolationException taken) {
            throw new AcademyRefusal("slug", "academy.slug.taken", slug.value());
        }
        publish(actor, "academy.create", academy.id(),
                "Opened academy " + slug + " of organisation " + organisation.slug());
        return academy.id();
    }

    /** Changes name, languages, colour and one language's description. Only the academy's administrators may. */
    @Transactional
    public void update(AccountId actor, AcademyId id, AcademySettings settings) {
        access.checkAdministrator(Optional.ofNullable(actor), id);
        Academy academy = load(id);
        academy.rename(settings.name());
        academy.offer(settings.languages());
        academy.brand(new AccentColour(settings.accentColour()));
        if (settings.descriptionLanguage() != null && !settings.descriptionLanguage().isBlank()) {
            academy.describe(settings.descriptionLanguage(), settings.description());
        }
        publish(actor, "academy.update", id, "Changed the settings of academy " + academy.slug());
    }

    /** Writes one language's description on behalf of the actor, or of the system when null (demo data). */
    @Transactional
    void describeOnBehalfOf(AccountId actor, AcademyId id, String language, String text) {
        Academy academy = load(id);
        academy.describe(language, text);
        publish(actor, "academy.describe", id, "Described academy " + academy.slug() + " in " + language);
    }

    /** Replaces the logo with an image that passes the checks of {@link LogoImage}. */
    @Transactional
    public void changeLogo(AccountId actor, AcademyId id, byte[] upload) {
        access.checkAdministrator(Optional.ofNullable(actor), id);
        Academy academy = load(id);
        LogoImage image = LogoImage.read(upload);
        logos.findById(id.value()).ifPresentOrElse(logo -> logo.replace(image, clock.instant()),
                () -> logos.save(new AcademyLogo(id, image, clock.instant())));
        publish(actor, "academy.change-logo", id, "Changed the logo of academy " + academy.slug());
    }

    @Transactional
    public void removeLogo(AccountId actor, AcademyId id) {
        access.checkAdministrator(Optional.ofNullable(actor), id);
        Academy academy = load(id);
        if (logos.existsById(id.value())) {
            logos.deleteById(id.value());
            publish(actor, "academy.remove-logo", id, "Removed the logo of academy " + academy.slug());
        }
    }

    private Academy load(AcademyId id) {
        return academies.findById(id.value()).orElseThrow(() -> new NotFoundException("academy"));
    }

    private List<AcademySummary> summaries(Collection<Academy> list) {
        List<UUID> ids = list.stream().map(academy -> academy.id().value()).toList();
        Map<UUID, String> logoVersions = ids.isEmpty() ? Map.of() : logos.versionsOf(ids).stream()
                .collect(Collectors.toMap(LogoVersion::academyId, version -> version.sha256().substring(0, 16)));
        Map<OrganisationId, OrganisationSummary> organisations = directory.findAll(
                list.stream().map(Academy::organisation).collect(Collectors.toSet()));
        return list.stream().map(academy -> new AcademySummary(academy.id(), academy.slug(), academy.name(),
                organisations.get(academy.organisation()), academy.languages(), academy.description(),
                academy.accentColour().hex(), logoVersions.get(academy.id().value()))).toList();
    }

    private void publish(AccountId actor, String action, AcademyId academy, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor == null ? null : actor.value(), action, "academy",
                academy.value().toString(), summary, clock.instant()));
    }
}
