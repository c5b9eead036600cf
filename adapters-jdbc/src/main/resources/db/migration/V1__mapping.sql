-- Portable SQL: runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL. Times are UTC, without a zone.

-- One NOMIS <-> DPS id pair per row, unique on both sides within an entity type (the mapping service's rule).
create table mapping (
    entity_type     varchar(40)  not null,
    nomis_id        varchar(100) not null,
    dps_id          varchar(100) not null,
    prisoner_number varchar(10),
    mapping_type    varchar(30)  not null,
    label           varchar(60),
    when_created    timestamp    not null,
    constraint mapping_pk primary key (entity_type, dps_id),
    constraint mapping_nomis_uk unique (entity_type, nomis_id)
);

create index mapping_prisoner_ix on mapping (entity_type, prisoner_number);
create index mapping_label_ix on mapping (entity_type, label);

-- A claim taken before writing to the target: the primary key is what makes a claim atomic across processes.
create table write_claim (
    entity_type varchar(40)  not null,
    source_id   varchar(100) not null,
    owner       varchar(200) not null,
    lease_until timestamp    not null,
    attempts    int          not null,
    constraint write_claim_pk primary key (entity_type, source_id)
);
