-- Cadence schema, part 4: the intervention catalog, pre/post scales, sessions and their signed notes.

create table scale (
    code            varchar(40)  primary key,
    name            varchar(200) not null,
    min_score       numeric(6, 2) not null,
    max_score       numeric(6, 2) not null,
    lower_is_better boolean      not null,
    constraint scale_range check (min_score < max_score)
);
insert into scale (code, name, min_score, max_score, lower_is_better) values
    ('pain-nrs', 'Pain numeric rating scale', 0, 10, true),
    ('flacc', 'FLACC behavioral pain scale (face, legs, activity, cry, consolability)', 0, 10, true),
    ('faces-pain', 'Wong-Baker FACES pain rating scale', 0, 10, true),
    ('anxiety-nrs', 'Anxiety numeric rating scale', 0, 10, true),
    ('mood', 'Mood rating', 1, 5, false),
    ('relaxation', 'Relaxation rating', 0, 10, false);

create table intervention (
    id          uuid primary key,
    code        varchar(60)   not null,
    name        varchar(200)  not null,
    category    varchar(20)   not null,
    description varchar(2000),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    constraint intervention_code_unique unique (code),
    constraint intervention_category_known check (category in ('singing', 'moving', 'listening', 'creating'))
);

create table session (
    id             uuid primary key,
    client_id      uuid        not null references client (id),
    therapist_id   uuid        not null references staff (id),
    starts_at      timestamptz not null,
    ends_at        timestamptz,
    setting        varchar(20) not null,
    kind           varchar(20) not null,
    status         varchar(20) not null,
    family_present boolean     not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    constraint session_setting_known check (setting in ('bedside', 'playroom', 'group-room', 'telehealth', 'other')),
    constraint session_kind_known check (kind in ('individual', 'group', 'family', 'co-treatment')),
    constraint session_status_known check (status in ('scheduled', 'completed', 'cancelled', 'no-show')),
    constraint session_period check (ends_at is null or ends_at > starts_at)
);
-- A client's sessions, newest first, paged by (starts_at, id).
create index session_by_client_time on session (client_id, starts_at desc, id desc);
-- The unsigned-notes worklist: a therapist's completed sessions, oldest first.
create index session_completed_by_therapist on session (therapist_id, starts_at, id) where status = 'completed';
-- The supervisor's worklist across all therapists, oldest first.
create index session_completed_by_time on session (starts_at, id) where status = 'completed';

create table session_intervention (
    session_id        uuid          not null references session (id),
    position          integer       not null,
    intervention_code varchar(60)   not null references intervention (code),
    song              varchar(200),
    instrument        varchar(200),
    client_response   varchar(2000),
    minutes           integer,
    primary key (session_id, position),
    constraint session_intervention_minutes check (minutes between 1 and 600)
);

create table goal_measurement (
    session_id uuid          not null references session (id),
    position   integer       not null,
    goal_id    uuid          not null references goal (id),
    value      numeric(12, 2) not null,
    comment    varchar(2000),
    primary key (session_id, position)
);
-- A goal's progress series.
create index goal_measurement_by_goal on goal_measurement (goal_id);

create table session_score (
    session_id uuid          not null references session (id),
    scale_code varchar(40)   not null references scale (code),
    pre        numeric(6, 2),
    post       numeric(6, 2),
    primary key (session_id, scale_code),
    constraint session_score_present check (pre is not null or post is not null)
);

-- A session whose note is signed is part of the signed record: the database refuses to change it
-- (or what was delivered, measured and scored in it), whoever asks, as it does for the note.
create function refuse_signed_session_change() returns trigger language plpgsql as $$
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
    if exists (select 1 from session_note n where n.session_id = documented and n.status = 'signed') then
        raise exception 'a session with a signed note cannot be changed' using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
create trigger session_frozen_when_signed before update or delete on session
    for each row execute function refuse_signed_session_change();
create trigger session_intervention_frozen_when_signed before insert or update or delete on session_intervention
    for each row execute function refuse_signed_session_change();
create trigger goal_measurement_frozen_when_signed before insert or update or delete on goal_measurement
    for each row execute function refuse_signed_session_change();
create trigger session_score_frozen_when_signed before insert or update or delete on session_score
    for each row execute function refuse_signed_session_change();

create table session_note (
    id             uuid primary key,
    session_id     uuid           not null references session (id),
    author_id      uuid           not null references staff (id),
    format         varchar(20)    not null,
    subjective     varchar(20000),
    objective      varchar(20000),
    assessment     varchar(20000),
    plan           varchar(20000),
    narrative      varchar(20000),
    status         varchar(10)    not null,
    signed_by      uuid           references staff (id),
    signed_at      timestamptz,
    content_sha256 varchar(64),
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null default 0,
    constraint session_note_one_per_session unique (session_id),
    constraint session_note_format_known check (format in ('soap', 'narrative')),
    constraint session_note_status_known check (status in ('draft', 'signed')),
    -- A SOAP note has at least one section and no narrative; a narrative note only its narrative.
    constraint session_note_format_content check (case format
        when 'soap' then narrative is null and coalesce(subjective, objective, assessment, plan) is not null
        else narrative is not null and coalesce(subjective, objective, assessment, plan) is null end),
    constraint session_note_signature check ((status = 'signed')
        = (signed_by is not null and signed_at is not null and content_sha256 is not null)),
    constraint session_note_sha256_hex check (content_sha256 ~ '^[0-9a-f]{64}$')
);

create table note_addendum (
    id             uuid primary key,
    note_id        uuid          not null references session_note (id),
    author_id      uuid          not null references staff (id),
    author_role    varchar(30)   not null,
    text           varchar(8000) not null,
    signed_at      timestamptz   not null,
    content_sha256 varchar(64)   not null,
    constraint note_addendum_role_known check (author_role in ('primary-therapist', 'therapist', 'child-life-specialist')),
    constraint note_addendum_sha256_hex check (content_sha256 ~ '^[0-9a-f]{64}$')
);
-- A note's addenda, oldest first.
create index note_addendum_by_note on note_addendum (note_id, signed_at, id);

-- An addendum amends signed documentation; a draft is edited instead.
create function require_signed_note() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from session_note where id = new.note_id and status = 'signed') then
        raise exception 'addenda belong to signed notes' using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger note_addendum_on_signed_note before insert on note_addendum
    for each row execute function require_signed_note();

-- Signed documentation never changes, whoever asks: the database refuses it as well as the API.
-- Notes are never deleted either; a draft changes until it is signed.
create function refuse_signed_note_change() returns trigger language plpgsql as $$
begin
    if old.status = 'signed' then
        raise exception 'signed documentation cannot be changed or deleted' using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        raise exception 'session notes are never deleted' using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger session_note_frozen before update or delete on session_note
    for each row execute function refuse_signed_note_change();

-- Addenda are signed when written.
create function refuse_addendum_change() returns trigger language plpgsql as $$
begin
    raise exception 'signed documentation cannot be changed or deleted' using errcode = 'P0001';
end;
$$;
create trigger note_addendum_frozen before update or delete on note_addendum
    for each row execute function refuse_addendum_change();
