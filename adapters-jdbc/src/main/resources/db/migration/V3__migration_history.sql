-- Bulk migrations (design §5). Portable SQL: runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL. Times are UTC.

-- One row per run (upstream migration_history). active_type holds the type while the run is active (STARTED or
-- CANCELLED_REQUESTED) and is null afterwards: its unique key makes "one active run per type" atomic across
-- processes on both databases (nulls never collide), which a partial unique index would do on PostgreSQL only.
create table migration_history (
    migration_id           varchar(40)    not null,
    migration_type         varchar(35)    not null,
    active_type            varchar(35),
    filter                 varchar(10000) not null,
    when_started           timestamp      not null,
    when_ended             timestamp,
    estimated_record_count bigint         not null,
    records_migrated       bigint         not null default 0,
    records_failed         bigint         not null default 0,
    status                 varchar(20)    not null,
    constraint migration_history_pk primary key (migration_id),
    constraint migration_history_active_uk unique (active_type)
);

create index migration_history_type_ix on migration_history (migration_type, when_started);

-- The entities a run gave up on, with the last reason: one row per (run, entity).
create table migration_failure (
    migration_id   varchar(40)   not null,
    migration_type varchar(35)   not null,
    entity_id      varchar(100)  not null,
    reason         varchar(2000) not null,
    when_failed    timestamp     not null,
    constraint migration_failure_pk primary key (migration_id, entity_id)
);

-- NOMIS visit room (by internal location description) -> DPS room, for future visits (upstream's room mapping).
create table visit_room_mapping (
    prison_id              varchar(10)  not null,
    nomis_room_description varchar(240) not null,
    vsip_id                varchar(240) not null,
    is_open                boolean      not null,
    constraint visit_room_mapping_pk primary key (prison_id, nomis_room_description)
);
