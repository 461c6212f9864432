-- Cadence schema, part 1: staff, clients, care teams and the HTTP plumbing (idempotency keys).
-- Flyway owns the schema; Hibernate only validates it. Ids are UUIDv7 assigned by the application.

create table staff (
    id            uuid primary key,
    subject       varchar(255) not null,
    display_name  varchar(200) not null,
    email         varchar(320),
    credentials   varchar(100),
    roles         text[]       not null default '{}',
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint staff_subject_unique unique (subject)
);

create table client (
    id                uuid primary key,
    given_name        varchar(100) not null,
    family_name       varchar(100) not null,
    preferred_name    varchar(100),
    birth_date        date         not null,
    facility          varchar(200),
    unit              varchar(100),
    guardians         jsonb        not null default '[]',
    music_preferences jsonb        not null default '{}',
    precautions       varchar(4000),
    status            varchar(20)  not null,
    created_by        uuid         references staff (id),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint client_status_known
        check (status in ('referred', 'active', 'on-hold', 'discharged', 'entered-in-error'))
);

-- The client list is ordered by name; keyset paging walks this index from the last row shown.
create index client_by_name on client (lower(family_name), lower(given_name), id);
create index client_by_status_name on client (status, lower(family_name), lower(given_name), id);

-- Identifiers (hospital MRN and the like) are unique per system across all clients.
create table client_identifier (
    client_id uuid         not null references client (id),
    system    varchar(200) not null,
    value     varchar(100) not null,
    constraint client_identifier_unique primary key (system, value)
);
create index client_identifier_by_client on client_identifier (client_id);

create table care_team_member (
    id         uuid primary key,
    client_id  uuid        not null references client (id),
    staff_id   uuid        not null references staff (id),
    role       varchar(30) not null,
    since      timestamptz not null,
    until      timestamptz,
    added_by   uuid        references staff (id),
    ended_by   uuid        references staff (id),
    version    bigint      not null default 0,
    constraint care_team_role_known check (role in ('primary-therapist', 'therapist', 'child-life-specialist')),
    constraint care_team_period check (until is null or until >= since)
);
-- A person is on a client's team at most once at a time; ended memberships stay as history.
create unique index care_team_one_active_membership on care_team_member (client_id, staff_id) where until is null;
create unique index care_team_one_primary_therapist on care_team_member (client_id)
    where until is null and role = 'primary-therapist';
-- The care-team visibility check runs on every clinician request: from the caller to their clients.
create index care_team_active_by_staff on care_team_member (staff_id, client_id) where until is null;
create index care_team_by_client on care_team_member (client_id, id);

create table idempotency_key (
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    fingerprint     char(64)     not null,
    status          integer,
    location        varchar(2000),
    etag            varchar(100),
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (subject, idempotency_key)
);
create index idempotency_key_by_age on idempotency_key (created_at);
