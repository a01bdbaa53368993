package org.collegium.exchange.exchanges.web;

import org.collegium.exchange.ExchangeRefusal;

/**
 * A refusal as a page shows it: next to the field it names (the page's name for it), or above the form when it
 * names none.
 */
public record Refused(String field, String code, Object[] arguments) {

    static Refused of(ExchangeRefusal refusal) {
        return of(refusal, refusal.field());
    }

    static Refused of(ExchangeRefusal refusal, String field) {
        return new Refused(field, refusal.code(), refusal.arguments());
    }

    public boolean at(String name) {
        return name.equals(field);
    }
}
