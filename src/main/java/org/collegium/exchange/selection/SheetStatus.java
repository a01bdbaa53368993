package org.collegium.exchange.selection;

/** Where a reviewer stands with one expression. */
public enum SheetStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
