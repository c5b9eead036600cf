-- Alerts (seed 000). Portable SQL: runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL. Times are UTC.
-- The alert mappings themselves live in the mapping table (entity type ALERT).

-- A double-submitted DPS alert, reported once and kept until the repair removes it from DPS.
create table alert_duplicate (
    dps_alert_id      varchar(100) not null,
    prisoner_number   varchar(10)  not null,
    alert_code        varchar(40)  not null,
    existing_nomis_id varchar(100) not null,
    existing_dps_id   varchar(100),
    reported_at       timestamp    not null,
    constraint alert_duplicate_pk primary key (dps_alert_id)
);

create index alert_duplicate_prisoner_ix on alert_duplicate (prisoner_number);

-- One row per (entity type, prisoner) whose mappings were ever replaced as a whole, locked (MERGE … KEY) for the
-- replacement, so that two replacements of one prisoner take turns. Used on H2; PostgreSQL takes a transaction
-- advisory lock on the prisoner instead, which needs no row.
create table mapping_prisoner_lock (
    entity_type     varchar(40) not null,
    prisoner_number varchar(10) not null,
    constraint mapping_prisoner_lock_pk primary key (entity_type, prisoner_number)
);
