package org.collegium.exchange.exchanges;

import java.util.UUID;

public record ExchangeId(UUID value) {
}
