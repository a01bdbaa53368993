package org.collegium.library.resource;

import java.util.List;

import org.collegium.library.ResourceStatus;

/**
 * Where a resource stands in the workflow as one viewer sees it: which actions they may take, its published versions
 * (public) and its editorial history (for its submitter and editors only; empty for others).
 */
public record EditorialState(
        ResourceStatus status,
        boolean mayEdit,
        boolean maySubmit,
        boolean mayRequestChanges,
        boolean mayPublish,
        boolean mayWithdraw,
        boolean isEditor,
        List<VersionSummary> versions,
        List<EditorialDecision> history) {

    public boolean hasActions() {
        return mayEdit || maySubmit || mayRequestChanges || mayPublish || mayWithdraw;
    }
}
