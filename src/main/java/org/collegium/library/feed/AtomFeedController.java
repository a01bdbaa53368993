package org.collegium.library.feed;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.collegium.library.ResourceView;
import org.collegium.library.oai.DublinCore;
import org.collegium.library.oai.XmlText;
import org.collegium.library.resource.ResourceHarvest;
import org.collegium.shared.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Atom feed (RFC 4287) of the resources most recently published: each entry links to the resource's permanent
 * page, with its title and abstract in its original language, its creators and its kind and themes as categories.
 */
@Controller
class AtomFeedController {

    static final String PATH = "/library/feed.atom";
    static final int ENTRIES = 50;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ResourceHarvest harvest;
    private final DublinCore dublinCore;
    private final MessageSource messages;
    private final String baseUrl;

    AtomFeedController(ResourceHarvest harvest, DublinCore dublinCore, MessageSource messages,
            @Value("${collegium.base-url}") String baseUrl) {
        this.harvest = harvest;
        this.dublinCore = dublinCore;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping(PATH)
    void feed(HttpServletResponse response) throws IOException, XMLStreamException {
        List<ResourceView> resources = harvest.newest(0, ENTRIES).getContent();
        Instant updated = resources.stream().map(ResourceView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        response.setContentType("application/atom+xml;charset=UTF-8");
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XML, "lang", "en");
        element(xml, "id", baseUrl + PATH);
        element(xml, "title", english("interop.feed.title"));
        element(xml, "subtitle", english("interop.feed.subtitle"));
        element(xml, "updated", date(updated));
        link(xml, "self", baseUrl + PATH, "application/atom+xml");
        link(xml, "alternate", baseUrl + "/", "text/html");
        xml.writeStartElement("author");
        element(xml, "name", english("layout.brand"));
        xml.writeEndElement();
        for (ResourceView resource : resources) {
            entry(xml, resource);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, ResourceView resource) throws XMLStreamException {
        Locale original = Locale.forLanguageTag(resource.originalLanguage());
        String address = dublinCore.permanentAddress(resource);
        xml.writeStartElement("entry");
        element(xml, "id", address);
        text(xml, "title", resource.title().in(original));
        element(xml, "updated", date(resource.updatedAt()));
        if (resource.publishedAt() != null) {
            element(xml, "published", date(resource.publishedAt()));
        }
        for (var creator : resource.creators()) {
            xml.writeStartElement("author");
            element(xml, "name", creator.name());
            xml.writeEndElement();
        }
        link(xml, "alternate", address, "text/html");
        category(xml, "kind", resource.kind().name(), english("library.kind." + resource.kind().name()));
        for (var theme : resource.themes().stream().sorted().toList()) {
            category(xml, "theme", theme.name(), english("identity.expertise." + theme.name()));
        }
        LocalizedText summary = resource.summary().in(original);
        if (!summary.isEmpty()) {
            text(xml, "summary", summary);
        }
        xml.writeEndElement();
    }

    private void category(XMLStreamWriter xml, String scheme, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("scheme", baseUrl + "/library/" + scheme);
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", XmlText.clean(label));
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, LocalizedText text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "text");
        xml.writeAttribute("xml", XML, "lang", text.language());
        xml.writeCharacters(XmlText.clean(text.text()));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    /** RFC 3339 to the second: feed readers misread longer fractions of a second. */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
