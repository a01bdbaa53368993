package org.collegium.library.oai;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.network.OrganisationId;

/**
 * Writes protocol responses with StAX straight to the response stream, in UTF-8: the envelope, then the answer to
 * the verb or the error.
 */
final class OaiWriter implements AutoCloseable {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final OaiProtocol protocol;
    private final DublinCore dublinCore;

    OaiWriter(OutputStream output, OaiProtocol protocol, DublinCore dublinCore) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(output, "UTF-8");
        this.protocol = protocol;
        this.dublinCore = dublinCore;
    }

    void start(Instant now, String baseUrl, Map<String, String> requestArguments) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("OAI-PMH");
        xml.writeDefaultNamespace(OAI);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        element("responseDate", OaiDates.format(now));
        xml.writeStartElement("request");
        for (Map.Entry<String, String> argument : requestArguments.entrySet()) {
            xml.writeAttribute(argument.getKey(), XmlText.clean(argument.getValue()));
        }
        xml.writeCharacters(baseUrl);
        xml.writeEndElement();
    }

    void error(OaiError error) throws XMLStreamException {
        xml.writeStartElement("error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(XmlText.clean(error.getMessage()));
        xml.writeEndElement();
    }

    void answer(String verb, OaiAnswer answer, OaiRepository repository) throws XMLStreamException {
        xml.writeStartElement(verb);
        switch (answer) {
            case OaiAnswer.Identify identify -> identify(identify, repository);
            case OaiAnswer.MetadataFormats formats -> metadataFormat();
            case OaiAnswer.Sets sets -> {
                for (OaiSets.OaiSet set : sets.sets()) {
                    xml.writeStartElement("set");
                    element("setSpec", set.spec());
                    element("setName", set.name());
                    xml.writeEndElement();
                }
            }
            case OaiAnswer.Records records -> records(records);
            case OaiAnswer.Record record -> record(record.resource(), record.networkSlugs(), true);
        }
        xml.writeEndElement();
    }

    private void identify(OaiAnswer.Identify identify, OaiRepository repository) throws XMLStreamException {
        element("repositoryName", repository.name());
        element("baseURL", repository.baseUrl());
        element("protocolVersion", "2.0");
        element("adminEmail", repository.adminEmail());
        element("earliestDatestamp", OaiDates.format(identify.earliestDatestamp()));
        element("deletedRecord", "persistent");
        element("granularity", "YYYY-MM-DDThh:mm:ssZ");
    }

    private void metadataFormat() throws XMLStreamException {
        xml.writeStartElement("metadataFormat");
        element("metadataPrefix", OaiProtocol.OAI_DC);
        element("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        element("metadataNamespace", OAI_DC);
        xml.writeEndElement();
    }

    private void records(OaiAnswer.Records records) throws XMLStreamException {
        for (ResourceView resource : records.resources()) {
            if (records.withMetadata()) {
                record(resource, records.networkSlugs(), true);
            } else {
                header(resource, records.networkSlugs());
            }
        }
        if (records.token() != null) {
            xml.writeStartElement("resumptionToken");
            if (records.tokenExpires() != null) {
                xml.writeAttribute("expirationDate", OaiDates.format(records.tokenExpires()));
            }
            xml.writeAttribute("completeListSize", Long.toString(records.completeListSize()));
            xml.writeAttribute("cursor", Long.toString(records.cursor()));
            xml.writeCharacters(records.token());
            xml.writeEndElement();
        }
    }

    private void record(ResourceView resource, Map<OrganisationId, String> slugs, boolean withMetadata)
            throws XMLStreamException {
        xml.writeStartElement("record");
        header(resource, slugs);
        if (withMetadata && resource.status() != ResourceStatus.WITHDRAWN) {
            xml.writeStartElement("metadata");
            xml.writeStartElement("oai_dc", "dc", OAI_DC);
            xml.writeNamespace("oai_dc", OAI_DC);
            xml.writeNamespace("dc", DC);
            // again here, for harvesters that cut the metadata out of the document and read it alone
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            for (DublinCore.Element element : dublinCore.describe(resource)) {
                xml.writeStartElement("dc", element.name(), DC);
                if (element.language() != null) {
                    xml.writeAttribute("xml", XML, "lang", element.language());
                }
                xml.writeCharacters(XmlText.clean(element.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void header(ResourceView resource, Map<OrganisationId, String> slugs) throws XMLStreamException {
        xml.writeStartElement("header");
        if (resource.status() == ResourceStatus.WITHDRAWN) {
            xml.writeAttribute("status", "deleted");
        }
        element("identifier", protocol.identifier(resource));
        element("datestamp", OaiDates.format(resource.updatedAt()));
        for (String spec : OaiSets.specsOf(resource, slugs.get(resource.network()))) {
            element("setSpec", spec);
        }
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
