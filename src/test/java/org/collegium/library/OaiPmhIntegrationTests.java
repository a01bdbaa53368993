package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.results.MetadataFormat;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.verbs.Identify;
import io.gdcc.xoai.model.xoai.Element;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.JdkHttpOaiClient;
import io.gdcc.xoai.serviceprovider.exceptions.CannotDisseminateFormatException;
import io.gdcc.xoai.serviceprovider.exceptions.IdDoesNotExistException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListMetadataParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Resources;
import org.collegium.library.resource.StoredUpload;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The OAI-PMH data provider, harvested over HTTP by an independent harvester (the XOAI service provider, as DSpace
 * and Dataverse use it), and asked bad requests whose answers are read as XML.
 */
@CollegiumIntegrationTest
class OaiPmhIntegrationTests {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final Instant DAY = Instant.parse("2001-03-04T00:00:00Z");

    @LocalServerPort
    private int port;

    private final Resources resources;
    private final LibraryTestData data;
    private final PublishedResources library;

    private OrganisationSummary network;
    private AccountId member;

    @Autowired
    OaiPmhIntegrationTests(Resources resources, Accounts accounts, Roles roles, DirectoryEditing editing,
            UserDetailsService users, JdbcTemplate jdbc) {
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.library = new PublishedResources(resources, jdbc);
    }

    @BeforeEach
    void aNetworkAndAMember() {
        network = data.network("Harvested");
        member = data.idOf(data.member());
    }

    @Test
    void harvestsAWholeSetThroughResumptionTokensInTheOrderOfChange() throws Exception {
        Set<String> published = new HashSet<>();
        for (int i = 0; i < 105; i++) {
            // three records share each second, so pages also break between equal datestamps
            published.add(identifier(library.published(member, LibraryTestData.caseStudy(network, "Cas " + i),
                    DAY.plusSeconds(i / 3))));
        }
        String withdrawn = identifier(library.withdrawn(member, LibraryTestData.caseStudy(network, "Retiré"),
                DAY, DAY.plusSeconds(3600)));
        resources.draft(member, LibraryTestData.caseStudy(network, "Brouillon"));

        List<Record> records = new ArrayList<>();
        harvester().listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec("network:" + network.slug())).forEachRemaining(records::add);

        assertThat(records).hasSize(106);
        assertThat(records).extracting(record -> record.getHeader().getIdentifier()).doesNotHaveDuplicates()
                .containsAll(published).contains(withdrawn);
        assertThat(records).extracting(record -> record.getHeader().getDatestamp()).isSorted();
        Record deleted = records.getLast();
        assertThat(deleted.getHeader().getIdentifier()).isEqualTo(withdrawn);
        assertThat(deleted.getHeader().isDeleted()).isTrue();
        assertThat(deleted.getMetadata()).isNull();
        assertThat(records.getFirst().getHeader().getSetSpecs())
                .contains("kind:case-study", "network:" + network.slug(), "sdg:6", "sdg:17");

        List<Header> headers = new ArrayList<>();
        harvester().listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec("network:" + network.slug())).forEachRemaining(headers::add);
        assertThat(headers).extracting(Header::getIdentifier)
                .containsExactlyElementsOf(records.stream().map(record -> record.getHeader().getIdentifier()).toList());

        Document first = get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=network:" + network.slug());
        org.w3c.dom.Element token = (org.w3c.dom.Element) first.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(token.getAttribute("completeListSize")).isEqualTo("106");
        assertThat(token.getAttribute("cursor")).isEqualTo("0");
        assertThat(Instant.parse(token.getAttribute("expirationDate"))).isAfter(Instant.now());
        Document last = get("verb=ListIdentifiers&resumptionToken=" + encode(token.getTextContent()));
        org.w3c.dom.Element end = (org.w3c.dom.Element) last.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(end.getTextContent()).isEmpty();
        assertThat(end.getAttribute("cursor")).isEqualTo("100");
        assertThat(last.getElementsByTagNameNS(OAI, "header").getLength()).isEqualTo(6);
    }

    @Test
    void getRecordDisseminatesDublinCoreWithTextsPerLanguage() throws Exception {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(network, "Assainissement à Dogbo"));
        resources.attach(member, id, new StoredUpload("oai-" + id + ".pdf", "Rapport.pdf", "application/pdf", 10, ""));
        library.move(id, ResourceStatus.PUBLISHED, DAY.plusSeconds(42));

        Record record = harvester().getRecord(GetRecordParameters.request().withIdentifier(identifier(id))
                .withMetadataFormatPrefix("oai_dc"));

        assertThat(record.getHeader().getDatestamp()).isEqualTo(DAY.plusSeconds(42));
        Map<String, List<String>> dc = dublinCore(record);
        assertThat(dc.get("title")).containsExactly("Assainissement à Dogbo@fr", "Assainissement à Dogbo (English)@en");
        assertThat(dc.get("description")).contains("Coopération décentralisée pour l’assainissement.@fr");
        assertThat(dc.get("creator")).containsExactly("Aminata Diallo");
        assertThat(dc.get("subject")).contains("SDG 6", "SDG 17", "SDG target 17.17", "Decentralised cooperation");
        assertThat(dc.get("publisher")).containsExactly("UCLG Africa");
        assertThat(dc.get("date")).containsExactly("2023-05-16");
        assertThat(dc.get("type")).containsExactly("Text", "Case study");
        assertThat(dc.get("format")).containsExactly("application/pdf");
        assertThat(dc.get("identifier")).containsExactly("http://localhost:8080/library/resources/" + id);
        assertThat(dc.get("language")).containsExactly("fr");
        assertThat(dc.get("coverage")).containsExactly("Benin", "Africa");
        assertThat(dc.get("rights")).containsExactly("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0");
        assertThat(dc.get("relation")).containsExactly("https://www.uclga.org/");
    }

    @Test
    void identifiesTheRepositoryAndItsFormatsAndSets() throws Exception {
        ResourceId id = library.published(member, LibraryTestData.caseStudy(network, "Identifié"), DAY);

        Identify identify = harvester().identify();
        assertThat(identify.getRepositoryName()).isNotBlank();
        assertThat(identify.getBaseURL()).isEqualTo("http://localhost:8080/oai");
        assertThat(identify.getProtocolVersion()).isEqualTo("2.0");
        assertThat(identify.getAdminEmails()).hasSize(1);
        assertThat(identify.getDeletedRecord()).isEqualTo(DeletedRecord.PERSISTENT);
        assertThat(identify.getGranularity()).isEqualTo(Granularity.Second);
        assertThat(identify.getEarliestDatestamp()).isBeforeOrEqualTo(DAY);

        assertThat(formats(harvester().listMetadataFormats())).containsExactly("oai_dc");
        assertThat(formats(harvester().listMetadataFormats(ListMetadataParameters.request()
                .withIdentifier(identifier(id))))).containsExactly("oai_dc");
        assertThatThrownBy(() -> harvester().listMetadataFormats(ListMetadataParameters.request()
                .withIdentifier("oai:localhost:" + java.util.UUID.randomUUID()))).isInstanceOf(IdDoesNotExistException.class);

        List<String> sets = new ArrayList<>();
        harvester().listSets().forEachRemaining(set -> sets.add(set.getSpec()));
        assertThat(sets).contains("kind", "kind:case-study", "network", "network:" + network.slug(), "sdg", "sdg:11",
                "sendai", "sendai:2");
    }

    @Test
    void selectsBySetAndByDatesInclusiveAtEitherGranularity() throws Exception {
        for (int i = 0; i < 6; i++) {
            library.published(member, LibraryTestData.caseStudy(network, "Daté " + i), DAY.plusSeconds(10L * i));
        }
        library.published(member, LibraryTestData.caseStudy(network, "Lendemain"), DAY.plus(Duration.ofDays(1)));
        String set = "&set=network:" + network.slug();

        assertThat(count("from=2001-03-04T00:00:10Z&until=2001-03-04T00:00:30Z" + set)).isEqualTo(3);
        assertThat(count("from=2001-03-04&until=2001-03-04" + set)).isEqualTo(6);
        assertThat(count("from=2001-03-05" + set)).isEqualTo(1);
        assertThat(count("until=2001-03-04T00:00:00Z" + set)).isEqualTo(1);
        assertThat(count("set=sdg:6&from=2001-03-04&until=2001-03-05")).isGreaterThanOrEqualTo(7);

        List<Record> viaHarvester = new ArrayList<>();
        harvester().listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec("network:" + network.slug()).withFrom(DAY.plusSeconds(20)).withUntil(DAY.plusSeconds(40)))
                .forEachRemaining(viaHarvester::add);
        assertThat(viaHarvester).hasSize(3);
    }

    @Test
    void answersEveryErrorCodeOfTheProtocol() throws Exception {
        ResourceId id = library.published(member, LibraryTestData.caseStudy(network, "Erreurs"), DAY);

        assertError("", "badVerb");
        assertError("verb=Dance", "badVerb");
        assertError("verb=Identify&verb=Identify", "badVerb");
        assertError("verb=Identify&extra=1", "badArgument");
        assertError("verb=ListRecords", "badArgument");
        assertError("verb=GetRecord&metadataPrefix=oai_dc", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2001-02-30", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2002-01-01&until=2001-01-01", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2002-01-01T00:00:00Z", "badArgument");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument");
        assertError("verb=ListRecords&resumptionToken=abc", "badResumptionToken");
        assertError("verb=ListSets&resumptionToken=abc", "badResumptionToken");
        assertError("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        assertError("verb=GetRecord&metadataPrefix=marc21&identifier=" + identifier(id), "cannotDisseminateFormat");
        assertError("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:" + id, "idDoesNotExist");
        assertError("verb=ListMetadataFormats&identifier=nothing", "idDoesNotExist");
        assertError("verb=ListRecords&metadataPrefix=oai_dc&set=sdg:99", "noRecordsMatch");
        assertError("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch");

        Document badVerb = get("verb=Dance");
        assertThat(((org.w3c.dom.Element) badVerb.getElementsByTagNameNS(OAI, "request").item(0)).hasAttributes())
                .as("badVerb answers name the base address only").isFalse();
        Document unknown = get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:1");
        assertThat(((org.w3c.dom.Element) unknown.getElementsByTagNameNS(OAI, "request").item(0)).getAttribute("verb"))
                .isEqualTo("GetRecord");

        assertThatThrownBy(() -> harvester().getRecord(GetRecordParameters.request().withIdentifier(identifier(id))
                .withMetadataFormatPrefix("marc21"))).isInstanceOf(CannotDisseminateFormatException.class);
        assertThatThrownBy(() -> harvester().getRecord(GetRecordParameters.request()
                .withIdentifier("oai:localhost:" + java.util.UUID.randomUUID()).withMetadataFormatPrefix("oai_dc")))
                .isInstanceOf(IdDoesNotExistException.class);
        assertThat(harvester().listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc")
                .withSetSpec("network:no-such-network")).hasNext()).isFalse();
    }

    @Test
    void aTamperedResumptionTokenIsRefused() throws Exception {
        for (int i = 0; i < 101; i++) {
            library.published(member, LibraryTestData.caseStudy(network, "Jeton " + i), DAY);
        }
        Document first = get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=network:" + network.slug());
        String token = first.getElementsByTagNameNS(OAI, "resumptionToken").item(0).getTextContent();
        char changed = token.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, 3) + changed + token.substring(4);

        assertError("verb=ListIdentifiers&resumptionToken=" + encode(tampered), "badResumptionToken");
        assertThat(get("verb=ListIdentifiers&resumptionToken=" + encode(token))
                .getElementsByTagNameNS(OAI, "header").getLength()).isEqualTo(1);
    }

    @Test
    void answersPostedFormRequestsWithoutASession() throws Exception {
        ResourceId id = library.published(member, LibraryTestData.caseStudy(network, "Envoyé"), DAY);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier="
                        + encode(identifier(id)))).build();

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/xml").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("COLLEGIUM_SESSION"));
        Document document = parse(response.body());
        assertThat(document.getElementsByTagNameNS(OAI, "record").getLength()).isEqualTo(1);
        assertThat(document.getElementsByTagNameNS(OAI, "responseDate").item(0).getTextContent())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    private ServiceProvider harvester() {
        return new ServiceProvider(new Context().withBaseUrl(base()).withGranularity(Granularity.Second)
                .withOAIClient(new JdkHttpOaiClient.JdkHttpBuilder(HttpClient.newBuilder()).withBaseUrl(base()).build())
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC));
    }

    private String base() {
        return "http://localhost:" + port + "/oai";
    }

    private static String identifier(ResourceId id) {
        return "oai:localhost:" + id;
    }

    private static List<String> formats(Iterator<MetadataFormat> formats) {
        List<String> prefixes = new ArrayList<>();
        formats.forEachRemaining(format -> prefixes.add(format.getMetadataPrefix()));
        return prefixes;
    }

    /** Each Dublin Core element's values, as value@language when a language is given. */
    private static Map<String, List<String>> dublinCore(Record record) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element dc : record.getMetadata().getXoaiMetadata().getElements()) {
            for (Element element : dc.getElements()) {
                Map<String, String> fields = element.getFields().stream()
                        .collect(Collectors.toMap(field -> field.getName(), field -> field.getValue()));
                String value = fields.get("value") + (fields.containsKey("xml:lang") ? "@" + fields.get("xml:lang") : "");
                values.computeIfAbsent(element.getName(), name -> new ArrayList<>()).add(value);
            }
        }
        return values;
    }

    private int count(String arguments) throws Exception {
        int total = 0;
        Document page = get("verb=ListIdentifiers&metadataPrefix=oai_dc&" + arguments);
        while (true) {
            if (page.getElementsByTagNameNS(OAI, "error").getLength() > 0) {
                return total;
            }
            total += page.getElementsByTagNameNS(OAI, "header").getLength();
            NodeList token = page.getElementsByTagNameNS(OAI, "resumptionToken");
            if (token.getLength() == 0 || token.item(0).getTextContent().isEmpty()) {
                return total;
            }
            page = get("verb=ListIdentifiers&resumptionToken=" + encode(token.item(0).getTextContent()));
        }
    }

    private void assertError(String query, String code) throws Exception {
        NodeList errors = get(query).getElementsByTagNameNS(OAI, "error");
        assertThat(errors.getLength()).as(query).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) errors.item(0)).getAttribute("code")).as(query).isEqualTo(code);
    }

    private Document get(String query) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "?" + query.replace(":", "%3A"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body());
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
