-- Finance (seed 002, "Transactions Synchronisation"). Portable SQL: runs unchanged on PostgreSQL and on H2 in
-- MODE=PostgreSQL. Times are UTC.

-- One row per NOMIS transaction with a settling window open. Every change to a row is one conditional statement
-- (see TransactionWindows): the primary key makes opening a window happen once across instances, and the
-- generation makes a late or repeated delayed sync unable to touch a newer window.
create table transaction_buffer (
    transaction_id bigint      not null,
    generation     integer     not null,
    state          varchar(10) not null,
    dirty          boolean     not null,
    lease_until    timestamp,
    opened_at      timestamp   not null,
    constraint transaction_buffer_pk primary key (transaction_id),
    constraint transaction_buffer_state_ck check (state in ('OPEN', 'SYNCING'))
);

create index transaction_buffer_opened_ix on transaction_buffer (opened_at);
