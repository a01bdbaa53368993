package org.collegium.network;

import java.util.List;

import org.collegium.shared.i18n.TranslatedText;

/**
 * Everything an organisation's page shows, loaded in a fixed number of queries.
 *
 * @param members the organisations that are members of this one
 * @param memberOf the organisations this one is a member of
 */
public record OrganisationView(DirectoryEntry entry, String website, TranslatedText description,
        List<MembershipView> members, List<MembershipView> memberOf, List<PartnershipSummary> partnerships,
        List<FocalPointView> focalPoints) {
}
