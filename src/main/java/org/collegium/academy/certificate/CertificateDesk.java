package org.collegium.academy.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateRefusal;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.academy.IssueCertificate;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, finds and revokes certificates (the {@link Certificates} facade).
 */
@Service
@Transactional(readOnly = true)
class CertificateDesk implements Certificates {

    static final int MAXIMUM_REASON = 1000;
    private static final int NUMBER_ATTEMPTS = 20;

    private final CertificateRepository certificates;
    private final Academies academies;
    private final AcademyAccess access;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final CertificateNumbers numbers = new CertificateNumbers();

    CertificateDesk(CertificateRepository certificates, Academies academies, AcademyAccess access, Accounts accounts,
            ApplicationEventPublisher events, Clock clock, @Value("${collegium.base-url}") String baseUrl) {
        this.certificates = certificates;
        this.academies = academies;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional
    public CertificateView issue(IssueCertificate command) {
        Optional<Certificate> issued = certificates.findByEnrolment(command.enrolment().value());
        if (issued.isPresent()) {
            return view(issued.get());
        }
        AcademySummary academy = academies.find(command.academy())
                .orElseThrow(() -> new CertificateRefusal("academy", "certificate.issue.academy-unknown"));
        AccountSummary learner = accounts.find(command.learner())
                .orElseThrow(() -> new CertificateRefusal("learner", "certificate.issue.learner-unknown"));
        if (command.courseTitle().readableLanguages().isEmpty()) {
            throw new CertificateRefusal("courseTitle", "certificate.issue.title-missing");
        }
        Instant now = clock.instant();
        Certificate certificate = new Certificate(freeNumber(academy.slug(), Year.from(now.atZone(ZoneOffset.UTC))),
                command, learner.displayName(), SubjectIdentity.of(learner.email()), academy,
                baseUrl + "/academies/" + academy.slug(), now);
        return certificates.saveAndFlush(certificate).view(academy);
    }

    @Override
    public Optional<CertificateView> find(String number) {
        return certificates.findByNumber(CertificateNumbers.normalise(number)).map(this::view);
    }

    @Override
    public CertificateView get(String number) {
        return find(number).orElseThrow(() -> new NotFoundException("certificate"));
    }

    @Override
    public List<CertificateView> ofLearner(AccountId learner) {
        return views(certificates.findByLearner(learner.value()));
    }

    @Override
    public List<CertificateView> ofAcademy(AccountId actor, AcademyId academy, String search) {
        access.checkAdministrator(Optional.ofNullable(actor), academy);
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String pattern = words.isEmpty() ? "" : "%" + words.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return views(certificates.findByAcademy(academy.value(), pattern));
    }

    @Override
    @Transactional
    public CertificateView revoke(AccountId actor, AcademyId academy, String number, String reason) {
        access.checkAdministrator(Optional.ofNullable(actor), academy);
        Certificate certificate = certificates.findByNumber(CertificateNumbers.normalise(number))
                .filter(found -> found.academy().equals(academy))
                .orElseThrow(() -> new NotFoundException("certificate"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CertificateRefusal("reason", "certificate.revoke.reason.required");
        }
        if (why.length() > MAXIMUM_REASON) {
            throw new CertificateRefusal("reason", "certificate.revoke.reason.too-long", MAXIMUM_REASON);
        }
        certificate.revoke(actor, why, clock.instant());
        certificates.saveAndFlush(certificate);
        events.publishEvent(new AdministrativeActionTaken(actor.value(), "academy.revoke-certificate", "certificate",
                certificate.number(), summary("Revoked certificate " + certificate.number() + ": " + why), clock.instant()));
        return view(certificate);
    }

    /** The audit log keeps summaries of at most 500 characters. */
    private static String summary(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /** A number nobody holds yet; the unique constraint stays the last guard against a concurrent twin. */
    private String freeNumber(String academySlug, Year year) {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            String candidate = numbers.next(academySlug, year);
            if (!certificates.existsByNumber(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free certificate number after " + NUMBER_ATTEMPTS + " attempts");
    }

    private CertificateView view(Certificate certificate) {
        return certificate.view(academies.find(certificate.academy()).orElse(null));
    }

    private List<CertificateView> views(List<Certificate> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<AcademyId, AcademySummary> byId = academies.findAll().stream()
                .collect(Collectors.toMap(AcademySummary::id, Function.identity()));
        return list.stream().map(certificate -> certificate.view(byId.get(certificate.academy()))).toList();
    }
}
