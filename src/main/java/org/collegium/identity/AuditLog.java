package org.collegium.identity;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log of administrative actions, newest first.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /** One page of entries, all of them or those of one action code. */
    public Page<AuditEntryView> entries(String action, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")));
        Page<AuditEntry> found = action == null || action.isBlank()
                ? entries.findAll(request) : entries.findByAction(action, request);
        return found.map(AuditEntry::toView);
    }

    /** The action codes found in the log, for filtering. */
    public List<String> actions() {
        return entries.findActions();
    }
}
