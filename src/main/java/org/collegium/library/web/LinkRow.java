package org.collegium.library.web;

import org.collegium.library.ResourceLink;

/** One related link on the resource form: what it points to, where, and what it reads. */
public class LinkRow {

    private ResourceLink.Kind kind = ResourceLink.Kind.WEB;
    private String target;
    private String label;

    static LinkRow of(ResourceLink link) {
        LinkRow row = new LinkRow();
        row.kind = link.kind();
        row.target = link.target();
        row.label = link.label();
        return row;
    }

    boolean isEmpty() {
        return ResourceForm.blankToNull(target) == null && ResourceForm.blankToNull(label) == null;
    }

    ResourceLink link() {
        return new ResourceLink(kind, target == null ? "" : target, label == null ? "" : label);
    }

    public ResourceLink.Kind getKind() {
        return kind;
    }

    public void setKind(ResourceLink.Kind kind) {
        this.kind = kind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
