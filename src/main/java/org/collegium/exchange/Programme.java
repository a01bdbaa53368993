package org.collegium.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.network.OrganisationId;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "exchange_programme")
class Programme {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "help_contact", nullable = false)
    private String helpContact;

    @Column(name = "budget_amount", nullable = false)
    private BigDecimal budget;

    @Column(name = "budget_currency", nullable = false)
    private String budgetCurrency;

    @ElementCollection
    @CollectionTable(name = "exchange_programme_secretariat", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "organisation_id")
    private Set<UUID> secretariat = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "exchange_programme_country", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<Country> countries = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_overrun", nullable = false)
    private BudgetOverrun budgetOverrun = BudgetOverrun.REFUSE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {
    }

    Programme(NewProgramme programme, Instant now) {
        this.id = UUID.randomUUID();
        this.name = programme.name().strip();
        this.helpContact = programme.helpContact().strip();
        this.budget = programme.budget();
        this.budgetCurrency = programme.budgetCurrency();
        this.secretariat = programme.secretariat().stream().map(OrganisationId::value).collect(Collectors.toSet());
        programme.partnerCountries().forEach(code -> countries.add(new Country(code, CountryRole.PARTNER)));
        programme.expertiseCountries().forEach(code -> countries.add(new Country(code, CountryRole.EXPERTISE)));
        this.createdAt = now;
    }

    ProgrammeId id() {
        return new ProgrammeId(id);
    }

    ProgrammeView view() {
        return new ProgrammeView(id(), name, secretariat.stream().map(OrganisationId::new).collect(Collectors.toSet()),
                codes(CountryRole.PARTNER), codes(CountryRole.EXPERTISE), helpContact, budget, budgetCurrency, budgetOverrun);
    }

    void budgetOverrun(BudgetOverrun policy) {
        this.budgetOverrun = policy;
    }

    private Set<String> codes(CountryRole role) {
        return countries.stream().filter(country -> country.role == role).map(country -> country.country)
                .collect(Collectors.toSet());
    }

    @Embeddable
    static class Country {

        @Column(nullable = false)
        private String country;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private CountryRole role;

        protected Country() {
        }

        Country(String country, CountryRole role) {
            this.country = country;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Country that && country.equals(that.country) && role == that.role;
        }

        @Override
        public int hashCode() {
            return country.hashCode() * 31 + role.hashCode();
        }
    }
}
