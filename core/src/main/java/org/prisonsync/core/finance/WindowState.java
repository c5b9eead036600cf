package org.prisonsync.core.finance;

/** Where a transaction's settling window is. */
public enum WindowState {
    /** Rows are being absorbed; a delayed sync is queued (or being queued) for it. */
    OPEN,
    /** The delayed sync has claimed the window and is reading NOMIS and writing DPS. */
    SYNCING
}
