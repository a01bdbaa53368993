package org.collegium.library.web;

import org.collegium.library.Creator;

/** One creator on the resource form: a person or an organisation, by name. */
public class CreatorRow {

    private String name;
    private Creator.Kind kind = Creator.Kind.PERSON;

    static CreatorRow of(Creator creator) {
        CreatorRow row = new CreatorRow();
        row.name = creator.name();
        row.kind = creator.kind();
        return row;
    }

    boolean isEmpty() {
        return ResourceForm.blankToNull(name) == null;
    }

    Creator creator() {
        return new Creator(name.strip(), kind, null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Creator.Kind getKind() {
        return kind;
    }

    public void setKind(Creator.Kind kind) {
        this.kind = kind;
    }
}
