-- Cadence schema, part 20: scheduling (cancellation reasons), group sessions and co-treatment.

-- A cancelled or missed session says why; other statuses have no reason. Rows written before this
-- migration keep a null reason (the outcome report counts them as "not-recorded"), so the rule is
-- enforced by the API for new writes and only the value set here.
alter table session add column cancellation_reason varchar(30);
alter table session add constraint session_cancellation_reason_known check (cancellation_reason in
    ('asleep', 'procedure', 'medical', 'isolation', 'discharged', 'declined', 'therapist-unavailable', 'other'));
alter table session add constraint session_cancellation_reason_status check (cancellation_reason is null
    or status in ('cancelled', 'no-show'));

-- A group session: what is shared by its participants, entered once. Each participant has their own
-- session row (session.group_session_id), which follows that participant's care team.
create table group_session (
    id          uuid primary key,
    created_by  uuid        not null references staff (id),
    starts_at   timestamptz not null,
    ends_at     timestamptz,
    setting     varchar(20) not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint group_session_setting_known check (setting in ('bedside', 'playroom', 'group-room', 'telehealth', 'other')),
    constraint group_session_period check (ends_at is null or ends_at > starts_at)
);
-- Lists of group sessions, newest first, paged by (starts_at, id).
create index group_session_by_time on group_session (starts_at desc, id desc);

create table group_session_facilitator (
    group_session_id uuid    not null references group_session (id),
    position         integer not null,
    staff_id         uuid    not null references staff (id),
    primary key (group_session_id, position)
);
create index group_session_facilitator_by_staff on group_session_facilitator (staff_id);

create table group_session_intervention (
    group_session_id  uuid          not null references group_session (id),
    position          integer       not null,
    intervention_code varchar(60)   not null references intervention (code),
    song              varchar(200),
    instrument        varchar(200),
    client_response   varchar(2000),
    minutes           integer,
    primary key (group_session_id, position),
    constraint group_session_intervention_minutes check (minutes between 1 and 600)
);

alter table session add column group_session_id uuid references group_session (id);
-- A group's participants; and the outcome report's count of distinct group sessions.
create index session_by_group on session (group_session_id) where group_session_id is not null;
-- The agenda: one therapist's sessions of a day.
create index session_by_therapist_time on session (therapist_id, starts_at);
-- A group session has one session per participant.
create unique index session_one_per_group_participant on session (group_session_id, client_id)
    where group_session_id is not null;

-- Co-treating clinicians: a Cadence staff member, or an outside clinician by name and discipline.
create table session_co_treater (
    session_id uuid         not null references session (id),
    position   integer      not null,
    staff_id   uuid         references staff (id),
    name       varchar(200),
    discipline varchar(30),
    primary key (session_id, position),
    constraint session_co_treater_discipline_known check (discipline in
        ('physical-therapy', 'occupational-therapy', 'speech-therapy', 'child-life', 'nursing', 'other')),
    constraint session_co_treater_who check ((staff_id is not null and name is null and discipline is null)
        or (staff_id is null and name is not null and discipline is not null))
);
create trigger session_co_treater_frozen_when_signed before insert or update or delete on session_co_treater
    for each row execute function refuse_signed_session_change();

create table group_session_co_treater (
    group_session_id uuid         not null references group_session (id),
    position         integer      not null,
    staff_id         uuid         references staff (id),
    name             varchar(200),
    discipline       varchar(30),
    primary key (group_session_id, position),
    constraint group_session_co_treater_discipline_known check (discipline in
        ('physical-therapy', 'occupational-therapy', 'speech-therapy', 'child-life', 'nursing', 'other')),
    constraint group_session_co_treater_who check ((staff_id is not null and name is null and discipline is null)
        or (staff_id is null and name is not null and discipline is not null))
);

-- Element collections are replaced wholesale on update, as those of V13 are.
do $$
declare
    application text := '${application_role}';
begin
    if application = current_user then
        return;
    end if;
    execute format('grant delete on session_co_treater, group_session_co_treater, group_session_intervention, '
        || 'group_session_facilitator to %I', application);
end
$$;
