package org.collegium.exchange;

import java.util.UUID;

public record ExpertiseRequestId(UUID value) {
}
