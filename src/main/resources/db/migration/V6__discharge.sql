-- Cadence schema, part 6: discharge, the end of a child's course of music therapy.
-- A child may be re-referred and discharged again, so a client can have several discharges; the
-- latest is the current one. Rows are never updated: a discharge is a record of what was decided.

create table discharge (
    id              uuid primary key,
    client_id       uuid          not null references client (id),
    reason          varchar(40)   not null,
    reason_detail   varchar(2000),
    discharged_on   date          not null,
    -- [{goalId, previousStatus, status, comment}]: each goal's status at discharge
    goal_outcomes   jsonb         not null default '[]',
    recommendations varchar(4000),
    discharged_by   uuid          not null references staff (id),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint discharge_reason_known check (reason in ('goals-met', 'no-longer-benefiting',
        'discharged-from-hospital', 'family-request', 'transferred', 'other')),
    constraint discharge_other_explained check (reason <> 'other' or reason_detail is not null)
);
-- The current discharge of a client is its newest (ids are time-ordered UUIDv7).
create index discharge_by_client on discharge (client_id, id desc);
