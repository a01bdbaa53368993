package org.collegium.library.resource;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.library.ResourceView;
import org.collegium.network.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a resource. Published resources are public; the others only their submitter, the library
 * editors of their network and platform administrators see. Editors act only on their own network's resources.
 */
@Component
public class LibraryAccess {

    private final Roles roles;

    LibraryAccess(Roles roles) {
        this.roles = roles;
    }

    /** Library editors of the network, and platform administrators. */
    public boolean isEditorOf(AccountId viewer, OrganisationId network) {
        return viewer != null && roles.mayAct(viewer, Role.LIBRARY_EDITOR, network.value());
    }

    boolean maySee(AccountId viewer, Resource resource) {
        return resource.status().isPublic() || (viewer != null
                && (viewer.equals(resource.submitter()) || isEditorOf(viewer, resource)));
    }

    boolean isEditorOf(AccountId viewer, Resource resource) {
        return isEditorOf(viewer, resource.network());
    }

    boolean mayChange(AccountId viewer, Resource resource) {
        return isEditorOf(viewer, resource)
                || (viewer != null && viewer.equals(resource.submitter()) && resource.status().isEditableBySubmitter());
    }

    /** The same rule on a resource as read, for pages that offer changes (files, links to forms). */
    public boolean mayChange(AccountId viewer, ResourceView resource) {
        return isEditorOf(viewer, resource.network())
                || (viewer != null && viewer.equals(resource.submitter()) && resource.status().isEditableBySubmitter());
    }
}
