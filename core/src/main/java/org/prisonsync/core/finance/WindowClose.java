package org.prisonsync.core.finance;

/** What finishing a synced window did to the buffer row. */
public enum WindowClose {
    /** No row arrived during the sync: the row is gone and the transaction is settled. */
    CLOSED,
    /** Rows arrived during the sync: the next generation is open and needs its own delayed sync. */
    REOPENED,
    /** Another instance took the window over (this one's lease ran out): it will finish it. */
    TAKEN_OVER
}
