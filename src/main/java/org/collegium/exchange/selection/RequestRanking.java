package org.collegium.exchange.selection;

import java.util.List;

import org.collegium.exchange.ExpertiseRequestId;

/** The submitted expressions answering one request, best score first. */
public record RequestRanking(ExpertiseRequestId request, List<RankedApplication> applications) {
}
