-- Cadence schema, part 19: supervised documentation (interns' notes co-signed by a supervising
-- therapist), treatment plans with their reviews, and corrections without deletion.

-- Supervision: a supervisor marks a staff record as needing co-signature and names who else may co-sign.
alter table staff
    add column requires_cosignature      boolean not null default false,
    add column supervising_therapist_ids uuid[]  not null default '{}';

-- A note an intern signed waits, frozen, for its co-signature; the co-signature completes the record.
alter table session_note alter column status type varchar(30);
alter table session_note
    add column cosigned_by        uuid references staff (id),
    add column cosigned_at        timestamptz,
    add column cosignature_sha256 varchar(64);
alter table session_note drop constraint session_note_status_known;
alter table session_note add constraint session_note_status_known
    check (status in ('draft', 'awaiting-cosignature', 'signed'));
alter table session_note drop constraint session_note_signature;
alter table session_note add constraint session_note_signature check ((status <> 'draft')
    = (signed_by is not null and signed_at is not null and content_sha256 is not null));
alter table session_note add constraint session_note_cosignature check (
    (cosigned_by is null) = (cosigned_at is null) and (cosigned_by is null) = (cosignature_sha256 is null)
    and (cosigned_by is null or status = 'signed'));
alter table session_note add constraint session_note_cosignature_hex check (cosignature_sha256 ~ '^[0-9a-f]{64}$');
-- The co-signature worklist: notes still waiting, oldest signature first.
create index session_note_awaiting_cosignature on session_note (signed_at, id) where status = 'awaiting-cosignature';

-- Frozen in both states: the one change a note awaiting co-signature accepts is its co-signature,
-- which turns it signed and leaves everything the intern signed exactly as it was.
create or replace function refuse_signed_note_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = 'awaiting-cosignature' and new.status = 'signed'
            and old.cosigned_by is null and new.cosigned_by is not null
            and (new.id, new.session_id, new.author_id, new.format, new.subjective, new.objective, new.assessment,
                 new.plan, new.narrative, new.signed_by, new.signed_at, new.content_sha256, new.created_at)
                is not distinct from
                (old.id, old.session_id, old.author_id, old.format, old.subjective, old.objective, old.assessment,
                 old.plan, old.narrative, old.signed_by, old.signed_at, old.content_sha256, old.created_at) then
        return new;
    end if;
    if old.status in ('signed', 'awaiting-cosignature') then
        raise exception 'signed documentation cannot be changed or deleted' using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        raise exception 'session notes are never deleted' using errcode = 'P0001';
    end if;
    return new;
end;
$$;

-- A session whose note awaits co-signature is as frozen as one whose note is signed.
create or replace function refuse_signed_session_change() returns trigger language plpgsql as $$
declare
    documented uuid;
begin
    if tg_table_name = 'session' then
        documented := old.id;
    elsif tg_op = 'INSERT' then
        documented := new.session_id;
    else
        documented := old.session_id;
    end if;
    if exists (select 1 from session_note n where n.session_id = documented
            and n.status in ('signed', 'awaiting-cosignature')) then
        raise exception 'a session with a signed note cannot be changed' using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

-- Treatment plans: one in force per client at a time (a new plan supersedes it); reviews are appended.
create table treatment_plan (
    id                  uuid primary key,
    client_id           uuid        not null references client (id),
    author_id           uuid        not null references staff (id),
    sessions_per_week   integer     not null,
    minutes_per_session integer     not null,
    goal_ids            uuid[]      not null default '{}',
    start_date          date        not null,
    review_date         date        not null,
    status              varchar(20) not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0,
    constraint treatment_plan_frequency check (sessions_per_week between 1 and 14),
    constraint treatment_plan_minutes check (minutes_per_session between 5 and 240),
    constraint treatment_plan_dates check (review_date >= start_date),
    constraint treatment_plan_status_known check (status in ('active', 'superseded', 'ended'))
);
-- A client's plans, newest first.
create index treatment_plan_by_client on treatment_plan (client_id, start_date desc, id desc);
-- At most one plan in force per client.
create unique index treatment_plan_one_active on treatment_plan (client_id) where status = 'active';

create table treatment_plan_review (
    id               uuid primary key,
    plan_id          uuid          not null references treatment_plan (id),
    outcome          varchar(20)   not null,
    note             varchar(4000),
    next_review_date date,
    reviewed_at      timestamptz   not null,
    reviewed_by      uuid          not null references staff (id),
    constraint treatment_plan_review_outcome_known check (outcome in ('continue', 'revise', 'discharge'))
);
create index treatment_plan_review_by_plan on treatment_plan_review (plan_id, reviewed_at, id);

-- Reviews are a record of what was decided: appended, never changed.
do $$
begin
    if '${application_role}' <> current_user then
        execute format('revoke update on treatment_plan_review from %I', '${application_role}');
    end if;
end
$$;

-- Corrections: a signed note is corrected only by an addendum marked as a correction; the note stays as signed.
alter table note_addendum add column correction boolean not null default false;
